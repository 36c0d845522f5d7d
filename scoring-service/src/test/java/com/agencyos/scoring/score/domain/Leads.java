package com.agencyos.scoring.score.domain;

import java.time.LocalDate;
import java.util.List;

/** Leads and profiles that speak the scoring domain; every date is relative to {@link #TODAY}. */
final class Leads {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    /** Acme's profile: default size (5–50) and location (Australia), one industry, one competitor. */
    static final Icp ACME_ICP = Icp.DEFAULT
            .withIndustries(List.of("Marketing & Advertising"))
            .withCompetitorDomains(List.of("rival.com.au"));

    private Leads() {
    }

    static LeadFacts.Builder nothingKnown() {
        return LeadFacts.builder();
    }

    /** Every rule earns its full points and no risk is known: 20, 25, 25, 15, 15. */
    static LeadFacts.Builder aFullyHotLead() {
        return LeadFacts.builder()
                .email("jane.doe@acme.com.au")
                .emailVerified(true)
                .phone("+61 2 9000 0000")
                .linkedinUrl("https://www.linkedin.com/in/janedoe")
                .title("Co-Founder & CEO")
                .industry("Marketing & Advertising")
                .employeeCount(20)
                .country("Australia")
                .hiring(true)
                .latestFundingDate(LocalDate.of(2025, 1, 10))
                .employmentStartDate(LocalDate.of(2025, 3, 1))
                .bounced(false)
                .companyDomain("acme.com.au")
                .websiteReachable(true)
                .domainRank(600)
                .organicTraffic(5000)
                .top10Keywords(12)
                .spamScore(2);
    }
}
