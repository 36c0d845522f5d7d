package com.agencyos.analytics.report.domain;

import java.util.ArrayList;
import java.util.List;

/** A report as rows and columns, the shape every report takes for CSV export. */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList();
    }

    /** RFC 4180 CSV with a header line and CRLF line ends; null cells are empty. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark disarms it.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
