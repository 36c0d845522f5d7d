package com.agencyos.ingest.lead.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadSubmissionJsonTest {

    static ApiProblem problemReading(String json) {
        return catchThrowableOfType(ApiProblem.class, () -> LeadSubmissionJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldErrors(ApiProblem problem) {
        return (Map<String, String>) problem.properties().get("errors");
    }

    @Test
    void readsEveryFieldTrimmedWithBlanksAsUnknown() {
        UUID campaign = UUID.randomUUID();
        var lead = LeadSubmissionJson.read("""
                {"email":" jo.bloggs@acme.com.au ","firstName":"Jo","lastName":"","title":"Managing Director",
                 "phone":"0412 345 678","linkedinUrl":"https://www.linkedin.com/in/jo","country":"AU",
                 "companyName":"Acme","website":"www.acme.com.au","companyDomain":"acme.com.au","industry":"Construction",
                 "employeeCount":38,"campaignId":"%s","externalId":4711,
                 "customFields":{"budget":"$50k","seats":12,"agreed":true,"skip":null},"tenantId":"ignored"}
                """.formatted(campaign).getBytes(StandardCharsets.UTF_8));
        assertThat(lead.email()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(lead.lastName()).isNull();
        assertThat(lead.employeeCount()).isEqualTo(38);
        assertThat(lead.campaignId()).isEqualTo(campaign);
        assertThat(lead.externalId()).isEqualTo("4711");
        assertThat(lead.customFields()).containsExactlyInAnyOrderEntriesOf(
                Map.of("budget", "$50k", "seats", "12", "agreed", "true"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        for (String body : new String[] {"{not json", "", "[]", "\"jo@acme.com\"", "{\"email\":\"a@b.co\"} trailing",
                "{\"email\":\"a@b.co\",\"email\":\"c@d.co\"}"}) {
            ApiProblem problem = problemReading(body);
            assertThat(problem).as(body).isNotNull();
            assertThat(problem.status().value()).isEqualTo(400);
            assertThat(problem.type().toString()).endsWith("/malformed-json");
        }
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        ApiProblem problem = problemReading("""
                {"firstName":{"x":1},"employeeCount":"many","campaignId":"c-1","customFields":{"nested":{"a":1}}}""");
        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(fieldErrors(problem)).containsOnlyKeys("email", "firstName", "employeeCount", "campaignId",
                "customFields.nested");
    }

    @Test
    void anInvalidEmailIsNamed() {
        assertThat(fieldErrors(problemReading("{\"email\":\"jo at acme\"}")))
                .containsEntry("email", "is not a valid email address");
    }
}
