package com.agencyos.scoring.score.domain;

import static com.agencyos.scoring.score.domain.Leads.ACME_ICP;
import static com.agencyos.scoring.score.domain.Leads.TODAY;
import static com.agencyos.scoring.score.domain.Leads.aFullyHotLead;
import static com.agencyos.scoring.score.domain.Leads.nothingKnown;
import static com.agencyos.scoring.score.domain.Tier.COLD;
import static com.agencyos.scoring.score.domain.Tier.COOL;
import static com.agencyos.scoring.score.domain.Tier.DEAD;
import static com.agencyos.scoring.score.domain.Tier.HOT;
import static com.agencyos.scoring.score.domain.Tier.WARM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ALS formula, one lead per row, with default weights, Acme's ICP and today = 2025-06-15. Every expected
 * figure was worked out by hand from the issue text: data quality, authority, company fit, timing, risk, score.
 */
class AlsScorerTest {

    private final AlsScorer scorer = new AlsScorer();

    static Stream<Arguments> leads() {
        return Stream.of(
                //   description                                   lead                                                                 dq auth fit time risk score tier
                row("nothing known", nothingKnown(),                                                                                   0, 0, 0, 0, 15, 15, DEAD),
                row("fully hot lead", aFullyHotLead(),                                                                                20, 25, 25, 15, 15, 100, HOT),

                row("verified role address info@", nothingKnown().email("info@acme.com.au").emailVerified(true),                   8, 0, 0, 0, 15, 23, COLD),
                row("unverified named mailbox", nothingKnown().email("jane@acme.com.au").emailVerified(false),                      2, 0, 0, 0, 15, 17, DEAD),
                row("named mailbox nobody checked", nothingKnown().email("jane@acme.com.au"),                                      2, 0, 0, 0, 15, 17, DEAD),
                row("verified no-reply address", nothingKnown().email("no-reply@acme.com.au").emailVerified(true),                 8, 0, 0, 0, 15, 23, COLD),
                row("phone only", nothingKnown().phone("+61 400 000 000"),                                                          6, 0, 0, 0, 15, 21, COLD),
                row("LinkedIn only: 19 is dead", nothingKnown().linkedinUrl("https://linkedin.com/in/jane"),                        4, 0, 0, 0, 15, 19, DEAD),
                row("every data quality signal: 35 is cool", nothingKnown().email("jane@acme.com.au").emailVerified(true)
                        .phone("+61 400 000 000").linkedinUrl("https://linkedin.com/in/jane"),                                     20, 0, 0, 0, 15, 35, COOL),

                row("Vice President of Sales is not a president", nothingKnown().title("Vice President of Sales"),                 0, 18, 0, 0, 15, 33, COLD),
                row("President", nothingKnown().title("President"),                                                                 0, 25, 0, 0, 15, 40, COOL),
                row("Assistant to the CEO", nothingKnown().title("Assistant to the CEO"),                                           0, 0, 0, 0, 15, 15, DEAD),
                row("Executive Assistant", nothingKnown().title("Executive Assistant"),                                             0, 0, 0, 0, 15, 15, DEAD),
                row("EA to the MD", nothingKnown().title("EA to the MD"),                                                           0, 0, 0, 0, 15, 15, DEAD),
                row("empty title", nothingKnown().title(""),                                                                        0, 0, 0, 0, 15, 15, DEAD),
                row("null title beside a verified named email", nothingKnown().title(null).email("jane@acme.com.au")
                        .emailVerified(true),                                                                                      10, 0, 0, 0, 15, 25, COLD),
                row("Co-Founder & CEO", nothingKnown().title("Co-Founder & CEO"),                                                   0, 25, 0, 0, 15, 40, COOL),
                row("Managing Director", nothingKnown().title("Managing Director"),                                                 0, 25, 0, 0, 15, 40, COOL),
                row("Chief Revenue Officer", nothingKnown().title("Chief Revenue Officer"),                                         0, 22, 0, 0, 15, 37, COOL),
                row("CFO", nothingKnown().title("CFO"),                                                                             0, 22, 0, 0, 15, 37, COOL),
                row("SVP Sales", nothingKnown().title("SVP Sales"),                                                                 0, 18, 0, 0, 15, 33, COLD),
                row("Head of Growth", nothingKnown().title("Head of Growth"),                                                       0, 15, 0, 0, 15, 30, COLD),
                row("Director of Operations", nothingKnown().title("Director of Operations"),                                       0, 15, 0, 0, 15, 30, COLD),
                row("General Manager", nothingKnown().title("General Manager"),                                                     0, 10, 0, 0, 15, 25, COLD),
                row("Sales Manager", nothingKnown().title("Sales Manager"),                                                         0, 10, 0, 0, 15, 25, COLD),
                row("Assistant Manager is not a manager", nothingKnown().title("Assistant Manager"),                                0, 7, 0, 0, 15, 22, COLD),
                row("Associate Manager is not a manager", nothingKnown().title("Associate Manager"),                                0, 7, 0, 0, 15, 22, COLD),
                row("Team Lead", nothingKnown().title("Team Lead"),                                                                 0, 7, 0, 0, 15, 22, COLD),
                row("Marketing Intern", nothingKnown().title("Marketing Intern"),                                                   0, 0, 0, 0, 10, 10, DEAD),
                row("Graduate Trainee deducts once", nothingKnown().title("Graduate Trainee"),                                      0, 0, 0, 0, 10, 10, DEAD),

                row("5 employees: 20 is cold", nothingKnown().employeeCount(5),                                                     0, 0, 5, 0, 15, 20, COLD),
                row("50 employees", nothingKnown().employeeCount(50),                                                               0, 0, 5, 0, 15, 20, COLD),
                row("4 employees", nothingKnown().employeeCount(4),                                                                 0, 0, 0, 0, 15, 15, DEAD),
                row("51 employees", nothingKnown().employeeCount(51),                                                               0, 0, 0, 0, 15, 15, DEAD),
                row("ICP industry written in lower case", nothingKnown().industry("marketing & advertising"),                      0, 0, 10, 0, 15, 25, COLD),
                row("industry outside the ICP", nothingKnown().industry("Mining"),                                                  0, 0, 0, 0, 15, 15, DEAD),
                row("country Australia", nothingKnown().country("Australia"),                                                       0, 0, 5, 0, 15, 20, COLD),
                row("country code au", nothingKnown().country("au"),                                                                0, 0, 5, 0, 15, 20, COLD),
                row("country New Zealand", nothingKnown().country("New Zealand"),                                                   0, 0, 0, 0, 15, 15, DEAD),
                row("domain rank 150", nothingKnown().domainRank(150),                                                              0, 0, 0, 0, 15, 15, DEAD),
                row("domain rank 151", nothingKnown().domainRank(151),                                                              0, 0, 1, 0, 15, 16, DEAD),
                row("domain rank 500", nothingKnown().domainRank(500),                                                              0, 0, 1, 0, 15, 16, DEAD),
                row("domain rank 501", nothingKnown().domainRank(501),                                                              0, 0, 2, 0, 15, 17, DEAD),
                row("organic traffic 200", nothingKnown().organicTraffic(200),                                                      0, 0, 0, 0, 15, 15, DEAD),
                row("organic traffic 201", nothingKnown().organicTraffic(201),                                                      0, 0, 1, 0, 15, 16, DEAD),
                row("organic traffic 1000", nothingKnown().organicTraffic(1000),                                                    0, 0, 1, 0, 15, 16, DEAD),
                row("organic traffic 1001", nothingKnown().organicTraffic(1001),                                                    0, 0, 2, 0, 15, 17, DEAD),
                row("one top-10 keyword", nothingKnown().top10Keywords(1),                                                          0, 0, 1, 0, 15, 16, DEAD),
                row("no top-10 keywords", nothingKnown().top10Keywords(0),                                                          0, 0, 0, 0, 15, 15, DEAD),

                row("in the role one day under 6 months", nothingKnown().employmentStartDate(LocalDate.of(2024, 12, 16)),          0, 0, 0, 6, 15, 21, COLD),
                row("in the role exactly 6 months", nothingKnown().employmentStartDate(LocalDate.of(2024, 12, 15)),                0, 0, 0, 0, 15, 15, DEAD),
                row("company hiring", nothingKnown().hiring(true),                                                                  0, 0, 0, 5, 15, 20, COLD),
                row("company not hiring", nothingKnown().hiring(false),                                                             0, 0, 0, 0, 15, 15, DEAD),
                row("funded one day under 12 months ago", nothingKnown().latestFundingDate(LocalDate.of(2024, 6, 16)),             0, 0, 0, 4, 15, 19, DEAD),
                row("funded exactly 12 months ago", nothingKnown().latestFundingDate(LocalDate.of(2024, 6, 15)),                   0, 0, 0, 0, 15, 15, DEAD),

                row("bounced before", nothingKnown().bounced(true),                                                                 0, 0, 0, 0, 0, 0, DEAD),
                row("competitor domain", nothingKnown().companyDomain("rival.com.au"),                                              0, 0, 0, 0, 5, 5, DEAD),
                row("competitor subdomain typed as a URL", nothingKnown().companyDomain("https://www.Shop.Rival.com.au/about"),     0, 0, 0, 0, 5, 5, DEAD),
                row("domain rank known to be 0", nothingKnown().domainRank(0),                                                      0, 0, 0, 0, 10, 10, DEAD),
                row("website unreachable", nothingKnown().websiteReachable(false),                                                  0, 0, 0, 0, 10, 10, DEAD),
                row("rank 0 and unreachable deduct once", nothingKnown().domainRank(0).websiteReachable(false),                     0, 0, 0, 0, 10, 10, DEAD),
                row("organic traffic known to be 0", nothingKnown().organicTraffic(0),                                              0, 0, 0, 0, 12, 12, DEAD),
                row("spam score 50", nothingKnown().spamScore(50),                                                                  0, 0, 0, 0, 15, 15, DEAD),
                row("spam score 51", nothingKnown().spamScore(51),                                                                  0, 0, 0, 0, 12, 12, DEAD),
                row("every risk at once floors at 0", nothingKnown().bounced(true).companyDomain("rival.com.au")
                        .title("Intern").domainRank(0).organicTraffic(0).spamScore(90),                                             0, 0, 0, 0, 0, 0, DEAD),
                row("16 points of deductions without a bounce floor at 0", nothingKnown().title("Student Volunteer")
                        .domainRank(0).organicTraffic(0).spamScore(51),                                                             0, 0, 0, 0, 0, 0, DEAD),

                row("85 is hot", aFullyHotLead().phone(null).hiring(false).latestFundingDate(null),                                14, 25, 25, 6, 15, 85, HOT),
                row("84 is warm", aFullyHotLead().phone(null).hiring(false).latestFundingDate(null).top10Keywords(0),              14, 25, 24, 6, 15, 84, WARM),
                row("60 is warm", nothingKnown().email("jane@acme.com.au").emailVerified(true).title("Director of Marketing")
                        .industry("Marketing & Advertising").employeeCount(12).country("AU"),                                      10, 15, 20, 0, 15, 60, WARM),
                row("59 is cool", nothingKnown().email("sales@acme.com.au").emailVerified(true).title("Director of Marketing")
                        .industry("Marketing & Advertising").employeeCount(12).country("AU").top10Keywords(3),                      8, 15, 21, 0, 15, 59, COOL),
                row("35 is cool", nothingKnown().title("Head of Sales").country("Australia"),                                      0, 15, 5, 0, 15, 35, COOL),
                row("34 is cold", nothingKnown().title("Head of Sales").linkedinUrl("https://linkedin.com/in/sam"),                4, 15, 0, 0, 15, 34, COLD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leads")
    void scoresEachLeadAsTheIssueTextSays(String description, LeadFacts lead, int dataQuality, int authority,
                                          int companyFit, int timing, int risk, int score, Tier tier) {
        ScoreBreakdown breakdown = scorer.score(lead, ACME_ICP, Weights.DEFAULT, TODAY);

        assertThat(breakdown)
                .extracting(ScoreBreakdown::dataQuality, ScoreBreakdown::authority, ScoreBreakdown::companyFit,
                        ScoreBreakdown::timing, ScoreBreakdown::risk, ScoreBreakdown::score, ScoreBreakdown::tier)
                .containsExactly(dataQuality, authority, companyFit, timing, risk, score, tier);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leads")
    void explainsEveryPointOfEachComponent(String description, LeadFacts lead, int dataQuality, int authority,
                                           int companyFit, int timing, int risk, int score, Tier tier) {
        ScoreBreakdown breakdown = scorer.score(lead, ACME_ICP, Weights.DEFAULT, TODAY);

        for (Component component : Component.values()) {
            assertThat(breakdown.reasonsFor(component).stream().mapToInt(Reason::points).sum())
                    .as("points of the %s reasons", component.wireName())
                    .isEqualTo(breakdown.points(component));
        }
    }

    private static Arguments row(String description, LeadFacts.Builder lead, int dataQuality, int authority,
                                 int companyFit, int timing, int risk, int score, Tier tier) {
        return Arguments.of(description, lead.build(), dataQuality, authority, companyFit, timing, risk, score, tier);
    }
}
