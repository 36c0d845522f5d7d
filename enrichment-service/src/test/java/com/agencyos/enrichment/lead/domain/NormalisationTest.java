package com.agencyos.enrichment.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    static LeadIntake lead(String email, String first, String last, String company, String website) {
        return withPhone(email, first, last, company, website, null);
    }

    static LeadIntake withPhone(String email, String first, String last, String company, String website, String phone) {
        return new LeadIntake(UUID.randomUUID(), UUID.randomUUID(), null, email, first, last, null, phone, null, null,
                null, company, null, website, null, null, null, null);
    }

    static Object form(NormalisedLead lead, Field field) {
        Sourced sourced = lead.form().values().get(field);
        return sourced == null ? null : sourced.value();
    }

    @Test
    void lowerCasesTheEmailAndTakesTheDomainFromTheWebsite() {
        var lead = Normalisation.normalise(lead(" Jo.Bloggs@Acme.COM.au ", "Jo", "Bloggs", "Acme", "HTTPS://www.acme.com.au/about?x=1"), "AU", NOW);
        assertThat(lead.email()).isEqualTo("jo.bloggs@acme.com.au");
        assertThat(lead.companyDomain()).isEqualTo("acme.com.au");
        assertThat(lead.website()).isEqualTo("HTTPS://www.acme.com.au/about?x=1");
        assertThat(lead.form().values().get(Field.EMAIL).confidence()).isEqualTo(1.0);
        assertThat(lead.form().values().get(Field.FIRST_NAME).provider()).isEqualTo("form");
    }

    @Test
    void aFreeMailAddressDoesNotNameTheCompanyDomain() {
        var lead = Normalisation.normalise(lead("jo@bigpond.com", "Jo", null, null, null), "AU", NOW);
        assertThat(lead.emailIsFreeMail()).isTrue();
        assertThat(lead.companyDomain()).isNull();
        assertThat(lead.website()).isNull();
    }

    @Test
    void aBusinessAddressNamesTheCompanyDomainAndSiteWhenNothingElseDoes() {
        var lead = Normalisation.normalise(lead("jo@globex.com", "Jo", "B", "Globex", null), "AU", NOW);
        assertThat(lead.companyDomain()).isEqualTo("globex.com");
        assertThat(lead.website()).isEqualTo("https://globex.com/");
    }

    @Test
    void roleAddressesAreRecognised() {
        assertThat(Normalisation.normalise(lead("info@acme.com.au", null, null, null, null), null, NOW).emailIsRoleAddress()).isTrue();
        assertThat(Normalisation.normalise(lead("no-reply@acme.com.au", null, null, null, null), null, NOW).emailIsRoleAddress()).isTrue();
        assertThat(Normalisation.normalise(lead("jo@acme.com.au", null, null, null, null), null, NOW).emailIsRoleAddress()).isFalse();
    }

    @Test
    void companyNamesLoseExtraSpacesAndLegalSuffixes() {
        assertThat(Normalisation.cleanCompanyName("  Acme   Plumbing Pty Ltd ")).isEqualTo("Acme Plumbing");
        assertThat(Normalisation.cleanCompanyName("Globex, Inc.")).isEqualTo("Globex");
        assertThat(Normalisation.cleanCompanyName("Limited")).isEqualTo("Limited");
    }

    @Test
    void phonesBecomeE164WithTheTenantCountryAsDefaultRegion() {
        assertThat(Normalisation.e164("0412 345 678", "AU")).isEqualTo("+61412345678");
        assertThat(Normalisation.e164("(03) 9123 4567", "AU")).isEqualTo("+61391234567");
        assertThat(Normalisation.e164("+64 21 123 4567", "AU")).isEqualTo("+64211234567");
        assertThat(Normalisation.e164("021 123 4567", "NZ")).isEqualTo("+64211234567");
        assertThat(Normalisation.e164("0412 345 678", null)).isNull();
        assertThat(Normalisation.e164("call me", "AU")).isNull();
        var lead = Normalisation.normalise(withPhone("jo@acme.com.au", null, null, null, null, "0412 345 678"), "AU", NOW);
        assertThat(form(lead, Field.PHONE)).isEqualTo("+61412345678");
    }

    @Test
    void suppressionKeysCoverEmailDomainsAndPhone() {
        var lead = Normalisation.normalise(withPhone("Jo@Acme.com.au", null, null, null, "https://acme-group.com", "0412345678"), "AU", NOW);
        assertThat(lead.suppressionKeys()).containsExactly(
                new SuppressionKey(SuppressionKey.Kind.email, "jo@acme.com.au"),
                new SuppressionKey(SuppressionKey.Kind.domain, "acme.com.au"),
                new SuppressionKey(SuppressionKey.Kind.domain, "acme-group.com"),
                new SuppressionKey(SuppressionKey.Kind.phone, "+61412345678"));
    }

    @Test
    void countriesAreReadAsCodesOrCommonNames() {
        assertThat(Normalisation.countryCode("au")).isEqualTo("AU");
        assertThat(Normalisation.countryCode("Australia")).isEqualTo("AU");
        assertThat(Normalisation.countryCode("Narnia")).isNull();
    }
}
