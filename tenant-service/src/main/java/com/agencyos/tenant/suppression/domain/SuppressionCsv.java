package com.agencyos.tenant.suppression.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an import file: either a {@code kind,value,reason} header ({@code reason} optional) and rows in that shape,
 * or a single column of email addresses, with or without an {@code email} header. Fields follow RFC 4180 quoting.
 * A file whose shape cannot be trusted (a broken quote, a row with the wrong number of columns, too many rows) is
 * refused as a whole; whether each row's values are valid is decided later, row by row.
 */
public final class SuppressionCsv {

    public static final int MAX_ROWS = 10_000;

    private SuppressionCsv() {
    }

    /**
     * One data row as written.
     *
     * @param row the line number in the file, the header being line 1
     */
    public record Row(int row, String kind, String value, String reason) {
    }

    /** The file as a whole cannot be read; nothing of it may be imported. */
    public static class MalformedCsvException extends RuntimeException {

        public MalformedCsvException(String message) {
            super(message);
        }
    }

    /** The file holds more than {@link #MAX_ROWS} data rows. */
    public static class TooManyRowsException extends RuntimeException {

        public TooManyRowsException() {
            super("An import holds at most " + MAX_ROWS + " rows.");
        }
    }

    public static List<Row> parse(String text) {
        List<String> lines = text.lines().toList();
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (last == 0) {
            throw new MalformedCsvException("The file is empty.");
        }
        List<String> header = fields(stripBom(lines.get(0)), 1).stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        boolean threeColumns = header.size() > 1;
        if (threeColumns && !(header.equals(List.of("kind", "value", "reason")) || header.equals(List.of("kind", "value")))) {
            throw new MalformedCsvException("The header must be kind,value,reason, or the file a single column of emails.");
        }
        int first = threeColumns || header.equals(List.of("email")) ? 1 : 0;
        if (last - first > MAX_ROWS) {
            throw new TooManyRowsException();
        }
        List<Row> rows = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            int lineNumber = i + 1;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line, lineNumber);
            if (threeColumns) {
                if (fields.size() < 2 || fields.size() > header.size()) {
                    throw new MalformedCsvException("Line " + lineNumber + " has " + fields.size()
                            + " columns; the header has " + header.size() + ".");
                }
                rows.add(new Row(lineNumber, fields.get(0), fields.get(1), fields.size() > 2 ? fields.get(2) : null));
            } else {
                if (fields.size() != 1) {
                    throw new MalformedCsvException("Line " + lineNumber + " has " + fields.size()
                            + " columns; a file of emails has one.");
                }
                rows.add(new Row(lineNumber, SuppressionKind.email.name(), fields.get(0), null));
            }
        }
        if (rows.isEmpty()) {
            throw new MalformedCsvException("The file holds no rows.");
        }
        return rows;
    }

    private static List<String> fields(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (wasQuoted || !field.toString().isBlank()) {
                    throw new MalformedCsvException("Line " + lineNumber + " has a quote inside an unquoted field.");
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new MalformedCsvException("Line " + lineNumber + " has text after a closing quote.");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException("Line " + lineNumber + " has an unterminated quote.");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
