package com.agencyos.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SiteFindingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsOnlyTheFieldsWhoseProvenanceIsTheWebsiteWithTheirValueAndConfidence() {
        JsonNode enriched = JSON.readTree("""
                {"contact":{"email":"a@harbourtiles.com.au","title":"Managing Director"},
                 "company":{"name":"Harbour Tiles","domain":"harbourtiles.com.au","city":"Marrickville","hiring":true,
                            "technologies":["WordPress","HubSpot"],"employeeCount":null},
                 "provenance":{"contact.title":{"provider":"form","confidence":0.8,"fetchedAt":"2026-11-22T06:00:00Z"},
                               "company.name":{"provider":"form","confidence":0.8,"fetchedAt":"2026-11-22T06:00:00Z"},
                               "company.city":{"provider":"website","confidence":0.6,"fetchedAt":"2026-11-22T06:00:01Z"},
                               "company.hiring":{"provider":"website","confidence":0.7,"fetchedAt":"2026-11-22T06:00:01Z"},
                               "company.technologies":{"provider":"website","confidence":0.8,"fetchedAt":"2026-11-22T06:00:01Z"},
                               "company.employeeCount":{"provider":"website","confidence":0.5,"fetchedAt":"2026-11-22T06:00:01Z"}}}
                """);

        assertThat(SiteFindings.lines(enriched)).containsExactly(
                "company.city               Marrickville (0.60)",
                "company.hiring             true (0.70)",
                "company.technologies       [\"WordPress\",\"HubSpot\"] (0.80)");
        assertThat(SiteFindings.domain(enriched)).isEqualTo("harbourtiles.com.au");
    }

    @Test
    void aLeadWithoutWebsiteProvenanceHasNoFindings() {
        JsonNode enriched = JSON.readTree("""
                {"company":{"domain":"brightpath.io","websiteReachable":false},
                 "provenance":{"company.domain":{"provider":"form","confidence":0.8,"fetchedAt":"2026-11-22T06:00:00Z"}}}""");

        assertThat(SiteFindings.lines(enriched)).isEmpty();
    }

    @Test
    void stepTimingsReadAsOneLine() {
        JsonNode run = JSON.readTree("""
                {"steps":[{"name":"validate_domains","millis":3},{"name":"fetch_homepages","millis":412}]}""");

        assertThat(DemoPlaybook.timings(run)).isEqualTo("validate_domains 3 ms, fetch_homepages 412 ms");
    }
}
