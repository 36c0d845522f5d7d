package com.agencyos.outreach.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    @Test
    void fieldsAreFilledAndMissingOnesTakeTheirFallback() {
        Map<String, String> fields = new HashMap<>();
        fields.put("firstName", "Jo");
        fields.put("companyName", null);

        assertThat(MergeFields.render("Hi {{ firstName }}, how is {{companyName|the team}}{{title}}?", fields))
                .isEqualTo("Hi Jo, how is the team?");
    }

    @Test
    void aLeadsValueCannotBreakTheMessageOrInjectHeaders() {
        assertThat(MergeFields.render("{{firstName}} - $1 \\o/", Map.of("firstName", "Jo\r\nBcc: evil@example.com")))
                .isEqualTo("Jo Bcc: evil@example.com - $1 \\o/");
        assertThat(MergeFields.render("{{companyName}}", Map.of("companyName", "A".repeat(200)))).hasSize(80);
    }
}
