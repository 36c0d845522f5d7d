package com.agencyos.enrichment.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    static LeadIntake lead(String email, String first, String last, String company, String website) {
        return new LeadIntake(UUID.randomUUID(), UUID.randomUUID(), null, email, first, last, null, null, null, null,
                null, company, null, website, null, null, null, null);
    }

    @Test
    void lowerCasesTheEmailAndTakesTheDomainFromTheWebsite() {
        var lead = Normalisation.enrich(lead(" Jo.Bloggs@Acme.COM.au ", "Jo", "Bloggs", "Acme", "HTTPS://www.acme.com.au/about?x=1"), NOW);
        assertThat(lead.email()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(lead.companyDomain()).isEqualTo("acme.com.au");
        assertThat(lead.status()).isEqualTo(EnrichmentStatus.complete);
    }

    @Test
    void aFreeMailAddressDoesNotNameTheCompanyDomain() {
        var lead = Normalisation.enrich(lead("jo@bigpond.com", "Jo", null, null, null), NOW);
        assertThat(lead.emailIsFreeMail()).isTrue();
        assertThat(lead.companyDomain()).isNull();
        assertThat(lead.status()).isEqualTo(EnrichmentStatus.partial);
    }

    @Test
    void aBusinessAddressNamesTheCompanyDomainWhenNothingElseDoes() {
        assertThat(Normalisation.enrich(lead("jo@globex.com", "Jo", "B", "Globex", null), NOW).companyDomain())
                .isEqualTo("globex.com");
    }

    @Test
    void roleAddressesAreRecognised() {
        assertThat(Normalisation.enrich(lead("info@acme.com.au", null, null, null, null), NOW).emailIsRoleAddress()).isTrue();
        assertThat(Normalisation.enrich(lead("no-reply@acme.com.au", null, null, null, null), NOW).emailIsRoleAddress()).isTrue();
        assertThat(Normalisation.enrich(lead("jo@acme.com.au", null, null, null, null), NOW).emailIsRoleAddress()).isFalse();
    }

    @Test
    void aLeadWithoutAnEmailFails() {
        assertThat(Normalisation.enrich(lead(null, "Jo", "Bloggs", "Acme", null), NOW).status()).isEqualTo(EnrichmentStatus.failed);
    }

    @Test
    void confidenceIsTheShareOfKnownFields() {
        assertThat(Normalisation.enrich(lead("jo@acme.com.au", "Jo", "Bloggs", "Acme", null), NOW).confidence()).isEqualTo(0.63);
    }
}
