package com.agencyos.playbook.account.domain;

import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR, LF or edge spaces is quoted and its quotes doubled.
 * A field that a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) gets a leading apostrophe (OWASP
 * CSV injection advice). A byte order mark first lets Excel read UTF-8.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
