package com.agencyos.ingest.lead.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.ingest.lead.domain.Consent;
import com.agencyos.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotSubmissionJsonTest {

    static HubSpotSubmissionJson.HubSpotForm read(String json) {
        return HubSpotSubmissionJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static ApiProblem problemReading(String json) {
        return catchThrowableOfType(ApiProblem.class, () -> read(json));
    }

    @Test
    void readsAWorkflowContactWhosePropertiesAreValuesOrVersionedObjects() {
        var form = read("""
                {"vid":501,"properties":{"email":{"value":"jo@acme.com.au","versions":[]},"firstname":"Jo",
                 "numemployees":38,"hs_lead_status":null}}""");
        assertThat(form.values()).containsExactly(Map.entry("email", "jo@acme.com.au"), Map.entry("firstname", "Jo"),
                Map.entry("numemployees", "38"));
        assertThat(form.fromWorkflow()).isTrue();
        assertThat(form.formId()).isNull();
        assertThat(form.submissionId()).isNull();
        assertThat(form.consent()).isNull();
    }

    @Test
    void readsAFormIntegrationsSubmissionWithItsFormAndSubmissionIds() {
        var form = read("""
                {"formId":"f-001","submissionId":"s-001","submittedAt":1763769600000,"pageUrl":"https://acme.com.au/contact",
                 "values":[{"name":"email","value":"jo@acme.com.au"},{"name":"email","value":"second@acme.com.au"}]}""");
        assertThat(form.formId()).isEqualTo("f-001");
        assertThat(form.submissionId()).isEqualTo("s-001");
        assertThat(form.values()).containsExactly(Map.entry("email", "jo@acme.com.au"));
        assertThat(form.fromWorkflow()).isFalse();
    }

    @Test
    void readsARelayedFormSubmitWithItsConsent() {
        var form = read("""
                {"formGuid":"3f1c9a7e","conversionId":"c-9","fields":[{"objectTypeId":"0-1","name":"email","value":"jo@acme.com.au"}],
                 "context":{"pageUri":"https://acme.com.au","pageName":"Contact"},
                 "legalConsentOptions":{"consent":{"consentToProcess":true,"text":"I agree to the processing.",
                   "communications":[{"value":true,"subscriptionTypeId":999,"text":"Send me news"}]}}}""");
        assertThat(form.formId()).isEqualTo("3f1c9a7e");
        assertThat(form.submissionId()).isEqualTo("c-9");
        assertThat(form.consent()).isEqualTo(new Consent(true, "I agree to the processing.",
                List.of(new Consent.Communication("999", true, "Send me news")), null));
    }

    @Test
    void readsALegitimateInterestBasis() {
        var form = read("""
                {"fields":[{"name":"email","value":"jo@acme.com.au"}],"legalConsentOptions":{"legitimateInterest":
                 {"value":true,"subscriptionTypeId":"999","legalBasis":"LEGITIMATE_INTEREST_CLIENT","text":"We may contact you"}}}""");
        assertThat(form.consent()).isEqualTo(new Consent(null, null, null,
                new Consent.LegitimateInterest("999", true, "LEGITIMATE_INTEREST_CLIENT", "We may contact you")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        for (String body : new String[] {"{not json", "", "[]", "{\"values\":[]} trailing", "{\"values\":[],\"values\":[]}"}) {
            assertThat(problemReading(body).type().toString()).as(body).endsWith("/malformed-json");
        }
    }

    @Test
    void aBodyInNoneOrSeveralShapesOrWithBadPartsIsInvalidAndSaysWhere() {
        Map<String, String> cases = Map.of(
                "{\"email\":\"jo@acme.com.au\"}", "body",
                "{\"values\":[],\"fields\":[]}", "body",
                "{\"properties\":[1]}", "properties",
                "{\"values\":{\"email\":\"x\"}}", "values",
                "{\"values\":[{\"value\":\"x\"}]}", "values[0]",
                "{\"fields\":[{\"name\":\"email\",\"value\":{\"$gt\":\"\"}}]}", "fields[0].value",
                "{\"fields\":[],\"legalConsentOptions\":{\"consent\":{\"consentToProcess\":\"yes\"}}}",
                "legalConsentOptions.consent.consentToProcess",
                "{\"fields\":[],\"legalConsentOptions\":{\"consent\":{\"communications\":[{\"value\":true}]}}}",
                "legalConsentOptions.consent.communications[0].subscriptionTypeId");
        cases.forEach((body, field) -> {
            ApiProblem problem = problemReading(body);
            assertThat(problem.type().toString()).as(body).endsWith("/invalid-request");
            assertThat(LeadSubmissionJsonTest.fieldErrors(problem)).as(body).containsKey(field);
        });
    }
}
