package com.agencyos.scoring.score.domain;

import static com.agencyos.scoring.score.domain.Component.AUTHORITY;
import static com.agencyos.scoring.score.domain.Component.COMPANY_FIT;
import static com.agencyos.scoring.score.domain.Component.DATA_QUALITY;
import static com.agencyos.scoring.score.domain.Component.RISK;
import static com.agencyos.scoring.score.domain.Component.TIMING;
import static com.agencyos.scoring.score.domain.Leads.ACME_ICP;
import static com.agencyos.scoring.score.domain.Leads.TODAY;
import static com.agencyos.scoring.score.domain.Leads.aFullyHotLead;
import static com.agencyos.scoring.score.domain.Leads.nothingKnown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreReasonsTest {

    private final AlsScorer scorer = new AlsScorer();

    @Test
    void explainsTheTitleVerdictInWords() {
        ScoreBreakdown breakdown = score(nothingKnown().title("Head of Growth").build());

        assertThat(breakdown.reasonsFor(AUTHORITY))
                .containsExactly(new Reason(AUTHORITY, 15, "title 'Head of Growth' → director level, 15"));
    }

    @Test
    void saysWhenThereIsNoTitleOrItNamesAnAssistant() {
        assertThat(score(LeadFacts.UNKNOWN).reasonsFor(AUTHORITY))
                .containsExactly(new Reason(AUTHORITY, 0, "no title, 0"));
        assertThat(score(nothingKnown().title("Executive Assistant to the CEO").build()).reasonsFor(AUTHORITY))
                .containsExactly(new Reason(AUTHORITY, 0,
                        "title 'Executive Assistant to the CEO' → assistant to someone, 0"));
    }

    @Test
    void givesAReasonForEveryPointOfAFullyHotLead() {
        ScoreBreakdown breakdown = score(aFullyHotLead().build());

        assertThat(breakdown.reasons()).containsExactly(
                new Reason(DATA_QUALITY, 8, "email verified by a provider, 8"),
                new Reason(DATA_QUALITY, 6, "phone number on file, 6"),
                new Reason(DATA_QUALITY, 4, "LinkedIn profile on file, 4"),
                new Reason(DATA_QUALITY, 2, "email is a named person's mailbox, not a role address, 2"),
                new Reason(AUTHORITY, 25, "title 'Co-Founder & CEO' → owner/CEO level, 25"),
                new Reason(COMPANY_FIT, 10, "industry 'Marketing & Advertising' is in the ICP, 10"),
                new Reason(COMPANY_FIT, 5, "20 employees, within the ICP's 5–50, 5"),
                new Reason(COMPANY_FIT, 5, "country 'Australia' is an ICP location, 5"),
                new Reason(COMPANY_FIT, 2, "domain rank 600 (over 500), 2"),
                new Reason(COMPANY_FIT, 2, "organic traffic 5000 (over 1000), 2"),
                new Reason(COMPANY_FIT, 1, "ranks in the top 10 for 12 keywords, 1"),
                new Reason(TIMING, 6, "in the current role since 2025-03-01, under 6 months, 6"),
                new Reason(TIMING, 5, "company is hiring, 5"),
                new Reason(TIMING, 4, "funded on 2025-01-10, within 12 months, 4"),
                new Reason(RISK, 15, "risk starts at 15, 15"));
    }

    @Test
    void listsEveryDeductionAndTheFloor() {
        LeadFacts risky = nothingKnown().bounced(true).companyDomain("rival.com.au").title("Marketing Intern")
                .domainRank(0).websiteReachable(false).organicTraffic(0).spamScore(62).build();

        assertThat(score(risky).reasonsFor(RISK)).containsExactly(
                new Reason(RISK, 15, "risk starts at 15, 15"),
                new Reason(RISK, -15, "email bounced before, -15"),
                new Reason(RISK, -10, "company domain 'rival.com.au' is on the competitor list, -10"),
                new Reason(RISK, -5, "title 'Marketing Intern' says intern, -5"),
                new Reason(RISK, -5, "no web presence: domain rank 0 and website unreachable, -5"),
                new Reason(RISK, -3, "organic traffic is 0, -3"),
                new Reason(RISK, -3, "spam score 62 is above 50, -3"),
                new Reason(RISK, 26, "risk does not go below 0, +26"));
    }

    @Test
    void namesWhichSignOfMissingWebPresenceWasSeen() {
        assertThat(score(nothingKnown().websiteReachable(false).build()).reasonsFor(RISK))
                .contains(new Reason(RISK, -5, "no web presence: website unreachable, -5"));
        assertThat(score(nothingKnown().domainRank(0).build()).reasonsFor(RISK))
                .contains(new Reason(RISK, -5, "no web presence: domain rank 0, -5"));
    }

    @Test
    void neverQuotesTheEmailAddress() {
        ScoreBreakdown breakdown = score(aFullyHotLead().email("jane.doe@acme.com.au").build());

        assertThat(breakdown.reasons()).extracting(Reason::why).noneMatch(why -> why.contains("jane.doe"));
    }

    @Test
    void saysNothingAboutRulesThatEarnedNothing() {
        ScoreBreakdown breakdown = score(nothingKnown().email("info@acme.com.au").emailVerified(false)
                .employeeCount(400).domainRank(100).organicTraffic(150).top10Keywords(0).hiring(false).build());

        assertThat(breakdown.reasons()).containsExactly(
                new Reason(AUTHORITY, 0, "no title, 0"),
                new Reason(RISK, 15, "risk starts at 15, 15"));
    }

    private ScoreBreakdown score(LeadFacts lead) {
        return scorer.score(lead, ACME_ICP, Weights.DEFAULT, TODAY);
    }
}
