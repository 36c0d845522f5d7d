package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an RFC 4180 CSV export (Apollo, a CRM) one row at a time and turns each row into the lead body. Headers are
 * matched loosely (case, spaces and punctuation ignored: {@code First Name}, {@code first_name}, {@code # Employees});
 * columns we do not know travel on as custom fields under their own header. The header must name an email column,
 * otherwise nothing is read and the request is a 400.
 */
final class CsvLeadRows implements Iterator<ImportRow> {

    /** Normalised header → lead field. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("emailaddress", "email"), Map.entry("workemail", "email"),
            Map.entry("firstname", "firstName"), Map.entry("lastname", "lastName"),
            Map.entry("title", "title"), Map.entry("jobtitle", "title"),
            Map.entry("phone", "phone"), Map.entry("phonenumber", "phone"), Map.entry("mobilephone", "phone"),
            Map.entry("workdirectphone", "phone"), Map.entry("corporatephone", "phone"),
            Map.entry("linkedinurl", "linkedinUrl"), Map.entry("personlinkedinurl", "linkedinUrl"), Map.entry("linkedin", "linkedinUrl"),
            Map.entry("country", "country"),
            Map.entry("company", "companyName"), Map.entry("companyname", "companyName"),
            Map.entry("website", "website"), Map.entry("companywebsite", "website"),
            Map.entry("domain", "companyDomain"), Map.entry("companydomain", "companyDomain"),
            Map.entry("industry", "industry"),
            Map.entry("employees", "employeeCount"), Map.entry("employeecount", "employeeCount"),
            Map.entry("numemployees", "employeeCount"), Map.entry("numberofemployees", "employeeCount"),
            Map.entry("campaignid", "campaignId"), Map.entry("externalid", "externalId"),
            Map.entry("hiring", "hiring"), Map.entry("ishiring", "hiring"),
            Map.entry("latestfundingdate", "latestFundingDate"), Map.entry("lastfundingdate", "latestFundingDate"),
            Map.entry("employmentstartdate", "employmentStartDate"), Map.entry("startdate", "employmentStartDate"));

    static final int MAX_FIELD_LENGTH = 10_000;
    static final int MAX_COLUMNS = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Reader reader;
    private final List<String> headers;
    private final List<String> targets;
    private int row;
    private boolean finished;
    private List<String> pending;
    private String pendingError;

    CsvLeadRows(Reader reader) {
        this.reader = reader;
        List<String> header;
        try {
            header = readRecord();
        } catch (MalformedCsv e) {
            throw ApiProblem.badRequest("malformed-csv", "The CSV header cannot be read: " + e.getMessage());
        }
        if (header == null || header.isEmpty() || header.size() > MAX_COLUMNS) {
            throw ApiProblem.badRequest("malformed-csv", "The CSV needs a header row of 1 to " + MAX_COLUMNS + " columns.");
        }
        if (!header.isEmpty() && header.getFirst().startsWith("\uFEFF")) {
            header.set(0, header.getFirst().substring(1));
        }
        this.headers = header;
        this.targets = header.stream().map(name -> COLUMNS.get(normalise(name))).toList();
        if (!targets.contains("email")) {
            throw ApiProblem.badRequest("malformed-csv", "The CSV header names no email column (Email, Email Address or Work Email).");
        }
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    @Override
    public boolean hasNext() {
        if (pending != null || pendingError != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            List<String> record = readRecord();
            while (record != null && record.size() == 1 && record.getFirst().isBlank()) {
                record = readRecord();
            }
            if (record == null) {
                finished = true;
                return false;
            }
            pending = record;
        } catch (MalformedCsv e) {
            finished = true;
            pendingError = e.getMessage();
        }
        return true;
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        row++;
        if (pendingError != null) {
            String reason = pendingError;
            pendingError = null;
            return ImportRow.unreadable(row, reason);
        }
        List<String> record = pending;
        pending = null;
        if (record.size() != headers.size()) {
            return ImportRow.unreadable(row, "has " + record.size() + " fields; the header has " + headers.size());
        }
        ObjectNode lead = JSON.createObjectNode();
        ObjectNode custom = JSON.createObjectNode();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            String target = targets.get(i);
            if (target == null) {
                custom.put(headers.get(i).strip(), value);
            } else if (lead.has(target)) {
                continue;
            } else if (target.equals("employeeCount") && value.replace(",", "").matches("[0-9]{1,9}")) {
                lead.put(target, Integer.parseInt(value.replace(",", "")));
            } else if (target.equals("hiring") && bool(value) != null) {
                lead.put(target, bool(value));
            } else {
                lead.put(target, value);
            }
        }
        if (!custom.isEmpty()) {
            lead.set("customFields", custom);
        }
        return ImportRow.of(row, JSON.writeValueAsBytes(lead));
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> null;
        };
    }

    static final class MalformedCsv extends Exception {
        MalformedCsv(String message) {
            super(message);
        }
    }

    /** One record, or null at the end of input; quoted fields may hold commas, quotes ({@code ""}) and line breaks. */
    private List<String> readRecord() throws MalformedCsv {
        try {
            int c = reader.read();
            if (c < 0) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new MalformedCsv("a quoted field is never closed");
                    }
                    if (c == '"') {
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c < 0 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    if (fields.size() > MAX_COLUMNS) {
                        throw new MalformedCsv("a row has more than " + MAX_COLUMNS + " fields");
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (wasQuoted) {
                    throw new MalformedCsv("text follows a closing quote");
                } else {
                    field.append((char) c);
                }
                if (field.length() > MAX_FIELD_LENGTH) {
                    throw new MalformedCsv("a field is longer than " + MAX_FIELD_LENGTH + " characters");
                }
                c = reader.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
