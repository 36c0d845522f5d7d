package com.agencyos.tenant.suppression.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionValuesTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(SuppressionValues.normalise(SuppressionKind.email, "  Jo.Bloggs+News@Acme.COM.au "))
                .isEqualTo("jo.bloggs+news@acme.com.au");
    }

    @Test
    void invalidEmailsAreRejectedNamingTheValue() {
        for (String bad : new String[] {"jo", "jo@", "@acme.com", "jo@acme", "jo bloggs@acme.com", "jo@acme..com", "jo@-acme.com"}) {
            assertThatThrownBy(() -> SuppressionValues.normalise(SuppressionKind.email, bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidSuppressionException.class, e -> assertThat(e.field()).isEqualTo("value"));
        }
    }

    @Test
    void domainsLoseTheirSchemePathPortAndWww() {
        assertThat(SuppressionValues.normalise(SuppressionKind.domain, "HTTPS://WWW.Acme.com.au:443/contact?x=1"))
                .isEqualTo("acme.com.au");
        assertThat(SuppressionValues.normalise(SuppressionKind.domain, "www.acme.com.")).isEqualTo("acme.com");
        assertThat(SuppressionValues.normalise(SuppressionKind.domain, "mail.acme.com")).isEqualTo("mail.acme.com");
    }

    @Test
    void invalidDomainsAreRejected() {
        for (String bad : new String[] {"acme", "acme .com", "acme_co.com", "https://", "jo@acme.com", "acme.c0m"}) {
            assertThatThrownBy(() -> SuppressionValues.normalise(SuppressionKind.domain, bad)).as(bad)
                    .isInstanceOf(InvalidSuppressionException.class);
        }
    }

    @Test
    void phonesAreTrimmedAndMustBeE164() {
        assertThat(SuppressionValues.normalise(SuppressionKind.phone, " +61412345678 ")).isEqualTo("+61412345678");
        assertThatThrownBy(() -> SuppressionValues.normalise(SuppressionKind.phone, "0412 345 678"))
                .isInstanceOf(InvalidSuppressionException.class);
    }

    @Test
    void emptyValuesAndUnknownKindsAreRejected() {
        assertThatThrownBy(() -> SuppressionValues.normalise(SuppressionKind.email, "  "))
                .isInstanceOfSatisfying(InvalidSuppressionException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> SuppressionKind.parse("fax"))
                .isInstanceOfSatisfying(InvalidSuppressionException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(SuppressionKind.parse(" Domain ")).isEqualTo(SuppressionKind.domain);
    }

    @Test
    void aMissingReasonBecomesTheSourceAndALongOneIsRejected() {
        assertThat(SuppressionValues.reason(null, SuppressionSource.IMPORT)).isEqualTo("import");
        assertThat(SuppressionValues.reason(" legal_request ", SuppressionSource.MANUAL)).isEqualTo("legal_request");
        assertThatThrownBy(() -> SuppressionValues.reason("x".repeat(501), SuppressionSource.MANUAL))
                .isInstanceOfSatisfying(InvalidSuppressionException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void anAddressIsCoveredByItsDomainAndEachParentDomain() {
        assertThat(SuppressionValues.domainsCovering("jo@mail.acme.com.au"))
                .containsExactly("mail.acme.com.au", "acme.com.au", "com.au");
        assertThat(SuppressionValues.domainsCovering("jo@acme.com")).containsExactly("acme.com");
    }
}
