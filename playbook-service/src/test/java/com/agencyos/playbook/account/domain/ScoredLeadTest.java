package com.agencyos.playbook.account.domain;

import static com.agencyos.playbook.account.domain.ScoredLeads.aHotLeadFrom;
import static com.agencyos.playbook.account.domain.ScoredLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoredLeadTest {

    @Test
    void aLiveLeadWithACompanyDomainNeedsItsAccountsPlaybook() {
        assertThat(aHotLeadFrom("https://www.Acme.com.au").accountNeedingPlaybook())
                .contains(new ProspectDomain("acme.com.au"));
        assertThat(aLead("cold", "Intern", "acme.com.au").accountNeedingPlaybook()).isPresent();
    }

    @Test
    void aDeadLeadNeedsNoPlaybook() {
        assertThat(aLead("dead", "Managing Director", "acme.com.au").accountNeedingPlaybook()).isEmpty();
    }

    @Test
    void aLeadWithoutAUsableCompanyDomainNeedsNoPlaybook() {
        assertThat(aHotLeadFrom(null).accountNeedingPlaybook()).isEmpty();
        assertThat(aHotLeadFrom("Acme Pty Ltd").accountNeedingPlaybook()).isEmpty();
    }

    @Test
    void aTierThisServiceDoesNotKnowIsTreatedAsALiveLead() {
        assertThat(aLead("lukewarm", "Owner", "acme.com.au").accountNeedingPlaybook()).isPresent();
    }
}
