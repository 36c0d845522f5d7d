package com.agencyos.playbook.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaybookExportTest {

    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    @Test
    void eachLeadGetsThePersonaOfItsTitleWithItsMergeFieldsFilled() {
        AccountPlaybook playbook = aSkeletonPlaybookFor("Head of Sales");
        LinkedLead ana = lead("ana@bright.test", "Ana", "Marketing Manager");
        LinkedLead ben = lead("ben@bright.test", "Ben", "Head of Sales");

        List<PlaybookExport.Row> rows = PlaybookExport.rows(playbook, List.of(ana, ben));

        assertThat(rows).extracting(PlaybookExport.Row::personaKey).containsExactly("head_of_marketing", "head_of_sales");
        assertThat(rows.get(0).touches().get(0).body()).startsWith("Hi Ana,").contains("Bright, \"Plumbing\" Pty Ltd")
                .doesNotContain("{{firstName}}", "{{companyName}}").contains("{{senderName}}");
        assertThat(rows.get(1).email()).isEqualTo("ben@bright.test");
    }

    @Test
    void withoutLeadsThereIsOneRowPerPersonaWithMergeFieldsLeftInPlace() {
        List<PlaybookExport.Row> rows = PlaybookExport.rows(aSkeletonPlaybookFor("CEO"), List.of());

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.touches().get(0).body()).contains("{{firstName}}"));
    }

    @Test
    void csvQuotesCommasQuotesAndNewlinesKeepsUnicodeAndDefusesFormulas() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(Csv.field("Müller – Sanitär ✓")).isEqualTo("Müller – Sanitär ✓");
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field(null)).isEmpty();

        String csv = PlaybookExport.lemlist(PlaybookExport.rows(aSkeletonPlaybookFor("CEO"),
                List.of(lead("ana@bright.test", "Ana", "CEO"))));

        assertThat(csv).startsWith(Csv.BOM + "email,firstName,lastName,companyName,phone,linkedinUrl,icebreaker,timezone,"
                + "subject1,subject2,subject3,subject4,body1,body2,body3,body4\r\n");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("ana@bright.test,Ana,,\"Bright, \"\"Plumbing\"\" Pty Ltd\"");
    }

    @Test
    void smartleadRequestsHoldAtMost400LeadsAndInstantlyCarriesTheSequenceAsVariables() {
        List<LinkedLead> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 401; i++) {
            leads.add(lead("lead" + i + "@bright.test", "Lead" + i, "CEO"));
        }
        List<PlaybookExport.Row> rows = PlaybookExport.rows(aSkeletonPlaybookFor("CEO"), leads);

        List<Map<String, Object>> requests = PlaybookExport.smartlead(rows);
        assertThat(requests).hasSize(2);
        assertThat((List<?>) requests.get(0).get("lead_list")).hasSize(400);
        assertThat((List<?>) requests.get(1).get("lead_list")).hasSize(1);

        Map<String, Object> instantly = PlaybookExport.instantly(rows.subList(0, 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) instantly.get("leads")).get(0);
        assertThat(first).containsEntry("email", "lead0@bright.test").containsEntry("first_name", "Lead0")
                .containsEntry("website", "https://bright.test");
        assertThat(first.get("custom_variables").toString()).contains("subject1", "body4");
    }

    static AccountPlaybook aSkeletonPlaybookFor(String title) {
        ScoredLead lead = new ScoredLead(UUID.randomUUID(), ScoredLeads.ACME_AGENCY, "hot", title, "Bright, \"Plumbing\" Pty Ltd",
                "bright.test", LeadContact.NONE);
        return SkeletonPlaybookWriter.write(UUID.randomUUID(), lead, new ProspectDomain("bright.test"), NOW);
    }

    static LinkedLead lead(String email, String firstName, String title) {
        return new LinkedLead(UUID.randomUUID(), LeadRelation.waiting, NOW,
                new LeadContact(email, firstName, null, title, null));
    }
}
