package com.agencyos.ingest.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotFieldMappingTest {

    static Map<String, String> form(String... nameValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            values.put(nameValues[i], nameValues[i + 1]);
        }
        return values;
    }

    @Test
    void hubSpotsStandardContactPropertiesFillTheLeadAndTheRestBecomeCustomFields() {
        var mapped = HubSpotFieldMapping.standard().apply(form("email", " jo@acme.com.au ", "firstname", "Jo", "lastname", "Bloggs",
                "company", "Acme", "website", "acme.com.au", "jobtitle", "MD", "phone", "0400 000 000", "country", "AU",
                "numemployees", "38", "how_did_you_hear", "Google"), "hubspot:s-1", null);

        assertThat(mapped.errors()).isEmpty();
        LeadSubmission lead = mapped.submission();
        assertThat(lead.email()).isEqualTo("jo@acme.com.au");
        assertThat(lead.firstName()).isEqualTo("Jo");
        assertThat(lead.companyName()).isEqualTo("Acme");
        assertThat(lead.title()).isEqualTo("MD");
        assertThat(lead.employeeCount()).isEqualTo(38);
        assertThat(lead.externalId()).isEqualTo("hubspot:s-1");
        assertThat(lead.customFields()).containsExactly(Map.entry("how_did_you_hear", "Google"));
    }

    @Test
    void aTenantsEntriesOverrideTheStandardOnesWhateverTheCaseOfThePropertyName() {
        UUID campaign = UUID.randomUUID();
        var mapping = new HubSpotFieldMapping(Map.of("Company_Size", "employeeCount", "company", "industry",
                "agency_campaign", "campaignId"));
        var mapped = mapping.apply(form("email", "jo@acme.com.au", "company_size", "120", "company", "Plumbing",
                "agency_campaign", campaign.toString()), null, null);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.submission().employeeCount()).isEqualTo(120);
        assertThat(mapped.submission().industry()).isEqualTo("Plumbing");
        assertThat(mapped.submission().companyName()).isNull();
        assertThat(mapped.submission().campaignId()).isEqualTo(campaign);
        assertThat(mapping.effective()).containsEntry("company_size", "employeeCount").containsEntry("firstname", "firstName");
    }

    @Test
    void valuesTheLeadCannotHoldAreReportedByField() {
        var mapped = HubSpotFieldMapping.standard().apply(form("email", "not an email", "numemployees", "lots",
                "campaign_id", "summer"), null, null);

        assertThat(mapped.errors()).containsEntry("email", "is not a valid email address")
                .containsEntry("employeeCount", "must be a whole number").containsEntry("campaignId", "must be a UUID");
        assertThat(HubSpotFieldMapping.standard().apply(form("firstname", "Jo"), null, null).errors())
                .containsEntry("email", "is required");
    }

    @Test
    void theFirstNonBlankValueWinsWhenTwoPropertiesFillOneField() {
        var mapped = HubSpotFieldMapping.standard().apply(form("email", "jo@acme.com.au", "phone", " ", "mobilephone", "0400"),
                null, null);
        assertThat(mapped.submission().phone()).isEqualTo("0400");
    }

    @Test
    void consentTravelsWithTheSubmission() {
        var consent = new Consent(true, "I agree", null, null);
        assertThat(HubSpotFieldMapping.standard().apply(form("email", "jo@acme.com.au"), null, consent).submission().consent())
                .isEqualTo(consent);
    }

    @Test
    void aRequestedMappingMayOnlyNameLeadFields() {
        assertThat(HubSpotFieldMapping.violations(Map.of("company_size", "employeeCount"))).isEmpty();
        assertThat(HubSpotFieldMapping.violations(Map.of("company_size", "headcount"))).containsKey("fields.company_size");
        assertThat(HubSpotFieldMapping.violations(Map.of(" ", "email"))).containsKey("fields");
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i <= HubSpotFieldMapping.MAX_ENTRIES; i++) {
            tooMany.put("p" + i, "email");
        }
        assertThat(HubSpotFieldMapping.violations(tooMany)).containsEntry("fields", "must have at most 200 entries");
    }
}
