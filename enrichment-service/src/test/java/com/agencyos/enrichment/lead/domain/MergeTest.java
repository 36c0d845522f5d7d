package com.agencyos.enrichment.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {

    static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-22T00:00:05Z");

    static ProviderAnswer form() {
        return ProviderAnswer.from("form", T0).put(Field.EMAIL, "jo@acme.com.au", 1.0).put(Field.FIRST_NAME, "Jo", 0.8)
                .put(Field.LAST_NAME, "Bloggs", 0.8).put(Field.TITLE, "MD", 0.8).build();
    }

    @Test
    void theMostConfidentSourceWinsEachFieldAndKeepsItsProvenance() {
        var apollo = ProviderAnswer.from("apollo", T1).put(Field.TITLE, "Managing Director", 0.85)
                .put(Field.FIRST_NAME, "Joanne", 0.8).put(Field.INDUSTRY, "Construction", 0.9).build();

        var merged = Merge.merge(List.of(form(), apollo));

        assertThat(merged.get(Field.TITLE)).isEqualTo(new Sourced("Managing Director", "apollo", 0.85, T1));
        assertThat(merged.get(Field.FIRST_NAME).value()).as("a tie keeps the earlier source").isEqualTo("Jo");
        assertThat(merged.get(Field.INDUSTRY).provider()).isEqualTo("apollo");
    }

    @Test
    void theEmailIsNeverReplaced() {
        var other = ProviderAnswer.from("hunter", T1).put(Field.EMAIL, "someone@else.com", 1.0).build();
        assertThat(Merge.merge(List.of(form(), other)).get(Field.EMAIL).value()).isEqualTo("jo@acme.com.au");
    }

    @Test
    void confidenceIsTheMeanOfTheKeyFieldsWithUnknownFieldsCountingZero() {
        assertThat(Merge.confidence(Merge.merge(List.of(form())))).isEqualTo(0.43);
    }

    @Test
    void completeNeedsEmailNamesAndCompany() {
        var company = ProviderAnswer.from("website", T1).put(Field.COMPANY_NAME, "Acme", 0.65).build();
        assertThat(Merge.status(Merge.merge(List.of(form(), company)))).isEqualTo(EnrichmentStatus.complete);
    }

    @Test
    void partialWhenAProviderAddedSomethingButTheMinimumIsMissing() {
        var web = ProviderAnswer.from("dataforseo", T1).put(Field.DOMAIN_RANK, 212, 0.95).build();
        assertThat(Merge.status(Merge.merge(List.of(form(), web)))).isEqualTo(EnrichmentStatus.partial);
    }

    @Test
    void failedWhenNoProviderCouldAddAnythingAndTheMinimumIsMissing() {
        var unreachable = ProviderAnswer.from("website", T1).put(Field.WEBSITE_REACHABLE, false, 0.9).build();
        assertThat(Merge.status(Merge.merge(List.of(form(), unreachable)))).isEqualTo(EnrichmentStatus.failed);
    }

    @Test
    void valuesFromJsonAreCoercedToTheFieldType() {
        var answer = ProviderAnswer.from("cache", T0).put(Field.EMPLOYEE_COUNT, 38.0, 0.8)
                .put(Field.LATEST_FUNDING_DATE, "2024-05-01", 0.8).put(Field.ORGANIC_TRAFFIC, 860, 0.8)
                .put(Field.TITLE, "  ", 0.8).put(Field.EMPLOYMENT_START_DATE, "not a date", 0.8).build();
        assertThat(answer.values().get(Field.EMPLOYEE_COUNT).value()).isEqualTo(38);
        assertThat(answer.values().get(Field.LATEST_FUNDING_DATE).value()).isEqualTo(java.time.LocalDate.parse("2024-05-01"));
        assertThat(answer.values().get(Field.ORGANIC_TRAFFIC).value()).isEqualTo(860.0);
        assertThat(answer.values()).doesNotContainKeys(Field.TITLE, Field.EMPLOYMENT_START_DATE);
    }
}
