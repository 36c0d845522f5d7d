package com.agencyos.playbook.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProspectDomainTest {

    @Test
    void aWebsiteAddressReadsAsItsLowerCaseHostWithoutWww() {
        assertThat(ProspectDomain.parse("HTTPS://www.Acme.com.au:443/about?x=1")).contains(new ProspectDomain("acme.com.au"));
        assertThat(ProspectDomain.parse(" acme.com.au. ")).contains(new ProspectDomain("acme.com.au"));
    }

    @Test
    void somethingThatIsNotAHostNameNamesNoAccount() {
        assertThat(ProspectDomain.parse(null)).isEmpty();
        assertThat(ProspectDomain.parse("  ")).isEmpty();
        assertThat(ProspectDomain.parse("localhost")).isEmpty();
        assertThat(ProspectDomain.parse("acme pty ltd")).isEmpty();
        assertThat(ProspectDomain.parse("-acme.com")).isEmpty();
        assertThat(ProspectDomain.parse("10.0.0.1")).isEmpty();
        assertThat(ProspectDomain.parse("acme..com")).isEmpty();
    }

    @Test
    void internationalisedTopLevelDomainsInPunycodeAreAccepted() {
        assertThat(ProspectDomain.parse("xn--80ak6aa92e.xn--p1ai")).isPresent();
    }

    @Test
    void aDomainMustBeNormalisedToBeConstructedDirectly() {
        assertThatThrownBy(() -> new ProspectDomain("www.Acme.com.au/")).isInstanceOf(IllegalArgumentException.class);
    }
}
