package com.agencyos.playbook.account.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A playbook shaped for a sequencer. With leads, one row per lead: the persona matching the lead's job title and its
 * sequence with {@code {{firstName}}} and {@code {{companyName}}} filled ({@code {{senderName}}} stays for the
 * sending tool). Without leads, one row per persona with the merge fields left in place.
 */
public final class PlaybookExport {

    /** Smartlead accepts at most this many leads per request. */
    public static final int SMARTLEAD_BATCH = 400;

    public enum Format {
        json, csv, lemlist, smartlead, instantly;

        public boolean isCsv() {
            return this == csv || this == lemlist;
        }

        public static Optional<Format> parse(String name) {
            for (Format f : values()) {
                if (f.name().equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** One lead (or one persona, when no lead is attached) with the sequence to send. */
    public record Row(UUID leadId, String email, String firstName, String lastName, String companyName, String title,
            String personaKey, String personaTitle, List<Touch> touches, String icebreaker, String website) {
    }

    private PlaybookExport() {
    }

    public static List<Row> rows(AccountPlaybook playbook, List<LinkedLead> leads) {
        String website = "https://" + playbook.prospectDomain().value();
        List<Row> rows = new ArrayList<>();
        if (leads.isEmpty()) {
            for (Persona persona : playbook.personas()) {
                rows.add(new Row(null, "", "", "", blankIfNull(playbook.companyName()), persona.title(), persona.key(),
                        persona.title(), persona.sequence(), icebreaker(persona.sequence()), website));
            }
            return rows;
        }
        for (LinkedLead lead : leads) {
            LeadContact c = lead.contact() == null ? LeadContact.NONE : lead.contact();
            Persona persona = personaFor(playbook, c.title());
            String company = c.companyName() != null ? c.companyName() : playbook.companyName();
            List<Touch> filled = persona.sequence().stream().map(t -> new Touch(t.day(), fill(t.subject(), c.firstName(), company),
                    fill(t.body(), c.firstName(), company))).toList();
            rows.add(new Row(lead.leadId(), blankIfNull(c.email()), blankIfNull(c.firstName()), blankIfNull(c.lastName()),
                    blankIfNull(company), blankIfNull(c.title()), persona.key(), persona.title(), filled, icebreaker(filled),
                    website));
        }
        return rows;
    }

    /** Our own CSV: one row per lead with the persona and the four touches. */
    public static String csv(List<Row> rows) {
        List<String> header = new ArrayList<>(List.of("lead_id", "email", "first_name", "last_name", "company_name", "job_title",
                "persona_key", "persona_title"));
        for (int i = 1; i <= Persona.TOUCHES; i++) {
            header.addAll(List.of("day" + i, "subject" + i, "body" + i));
        }
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.leadId() == null ? "" : row.leadId().toString(), row.email(),
                    row.firstName(), row.lastName(), row.companyName(), row.title(), row.personaKey(), row.personaTitle()));
            for (Touch t : row.touches()) {
                line.addAll(List.of(Integer.toString(t.day()), t.subject(), t.body()));
            }
            lines.add(line);
        }
        return Csv.write(header, lines);
    }

    /** Lemlist's lead columns plus {@code subject1..4}, {@code body1..4} as custom columns. */
    public static String lemlist(List<Row> rows) {
        List<String> header = new ArrayList<>(List.of("email", "firstName", "lastName", "companyName", "phone", "linkedinUrl",
                "icebreaker", "timezone"));
        for (int i = 1; i <= Persona.TOUCHES; i++) {
            header.add("subject" + i);
        }
        for (int i = 1; i <= Persona.TOUCHES; i++) {
            header.add("body" + i);
        }
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.email(), row.firstName(), row.lastName(), row.companyName(), "", "",
                    row.icebreaker(), ""));
            row.touches().forEach(t -> line.add(t.subject()));
            row.touches().forEach(t -> line.add(t.body()));
            lines.add(line);
        }
        return Csv.write(header, lines);
    }

    /** Smartlead request bodies, {@value #SMARTLEAD_BATCH} leads each: {@code [{lead_list: [...]}, ...]}. */
    public static List<Map<String, Object>> smartlead(List<Row> rows) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += SMARTLEAD_BATCH) {
            List<Map<String, Object>> leads = new ArrayList<>();
            for (Row row : rows.subList(from, Math.min(rows.size(), from + SMARTLEAD_BATCH))) {
                Map<String, Object> lead = new LinkedHashMap<>();
                lead.put("email", row.email());
                lead.put("first_name", row.firstName());
                lead.put("last_name", row.lastName());
                lead.put("company_name", row.companyName());
                lead.put("phone_number", "");
                lead.put("website", row.website());
                lead.put("custom_fields", customFields(row));
                leads.add(lead);
            }
            requests.add(Map.of("lead_list", leads));
        }
        return requests;
    }

    /** Instantly v2 leads: {@code {leads: [...]}} with the sequence in {@code custom_variables}. */
    public static Map<String, Object> instantly(List<Row> rows) {
        List<Map<String, Object>> leads = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> lead = new LinkedHashMap<>();
            lead.put("email", row.email());
            lead.put("first_name", row.firstName());
            lead.put("last_name", row.lastName());
            lead.put("company_name", row.companyName());
            lead.put("job_title", row.title());
            lead.put("phone", "");
            lead.put("website", row.website());
            lead.put("personalization", row.icebreaker());
            lead.put("custom_variables", customFields(row));
            leads.add(lead);
        }
        return Map.of("leads", leads);
    }

    private static Map<String, String> customFields(Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("persona", row.personaTitle());
        for (int i = 0; i < row.touches().size(); i++) {
            fields.put("subject" + (i + 1), row.touches().get(i).subject());
            fields.put("body" + (i + 1), row.touches().get(i).body());
        }
        return fields;
    }

    static Persona personaFor(AccountPlaybook playbook, String title) {
        String wanted = DefaultPersona.forFamily(TitleFamily.of(title)).get(0).name();
        return playbook.personas().stream().filter(p -> p.key().equals(wanted)).findFirst()
                .orElse(playbook.personas().get(0));
    }

    private static String fill(String text, String firstName, String company) {
        String filled = text;
        if (firstName != null && !firstName.isBlank()) {
            filled = filled.replace("{{firstName}}", firstName.strip());
        }
        if (company != null && !company.isBlank()) {
            filled = filled.replace("{{companyName}}", company.strip());
        }
        return filled;
    }

    /** The day-1 line that quotes the prospect's site, when there is one. */
    private static String icebreaker(List<Touch> touches) {
        for (String paragraph : touches.get(0).body().split("\n\n")) {
            if (paragraph.startsWith("Your website says: ")) {
                return paragraph;
            }
        }
        return "";
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
