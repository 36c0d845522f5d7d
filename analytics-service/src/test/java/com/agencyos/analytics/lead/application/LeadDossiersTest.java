package com.agencyos.analytics.lead.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.analytics.lead.domain.LeadDossier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadDossiersTest {

    static final UUID ACME = UUID.fromString("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
    static final UUID JO = UUID.fromString("5b0e8f3a-2c7d-4e91-8a6b-1f4d3c2b0a01");
    static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    static EventFact fact(String type, int minute, String payload) {
        return new EventFact(UUID.randomUUID().toString(), "agencyos." + type + ".v1", type, ACME, JO,
                MORNING.plusSeconds(60L * minute), payload);
    }

    @Test
    void theLatestEnrichmentWinsWhateverOrderItArrivedIn() {
        LeadDossier dossier = LeadDossiers.of(List.of(
                fact("lead.enriched", 5, "{\"status\":\"complete\",\"provenance\":{\"contact.title\":"
                        + "{\"provider\":\"apollo\",\"confidence\":0.9,\"fetchedAt\":\"2026-11-23T09:05:00Z\"}}}"),
                fact("lead.enriched", 1, "{\"status\":\"partial\"}")), List.of(), List.of());

        assertThat(dossier.enrichment().status()).isEqualTo("complete");
        assertThat(dossier.enrichment().provenance().get("contact.title").provider()).isEqualTo("apollo");
    }

    @Test
    void aRemovedListEntryAndASoftBounceDoNotSuppressButAComplaintDoes() {
        List<EventFact> list = List.of(
                fact("suppression.changed", 1, "{\"action\":\"added\",\"kind\":\"email\",\"value\":\"jo@acme.com.au\"}"),
                fact("suppression.changed", 2, "{\"action\":\"removed\",\"kind\":\"email\",\"value\":\"jo@acme.com.au\"}"));
        EventFact softBounce = fact("delivery.bounced", 3, "{\"kind\":\"soft\",\"source\":\"postmark\"}");

        LeadDossier clear = LeadDossiers.of(List.of(softBounce), List.of(), list);
        LeadDossier complained = LeadDossiers.of(List.of(softBounce,
                fact("delivery.complained", 4, "{\"source\":\"postmark\"}")), List.of(), list);

        assertThat(clear.suppression().suppressed()).isFalse();
        assertThat(clear.suppression().marks()).extracting(LeadDossier.SuppressionMark::kind)
                .containsExactly("email", "soft_bounce");
        assertThat(complained.suppression().suppressed()).isTrue();
    }

    @Test
    void aDetailOfTheWrongTypeLeavesOnlyItsOwnSectionOut() {
        LeadDossier dossier = LeadDossiers.of(List.of(
                fact("lead.scored", 2, "{\"score\":\"high\"}"),
                fact("lead.converted", 9, "{\"how\":\"manual\"}")), List.of(), List.of());

        assertThat(dossier.scores()).isEmpty();
        assertThat(dossier.conversion().how()).isEqualTo("manual");
    }
}
