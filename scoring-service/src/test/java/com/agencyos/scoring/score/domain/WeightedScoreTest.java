package com.agencyos.scoring.score.domain;

import static com.agencyos.scoring.score.domain.Leads.ACME_ICP;
import static com.agencyos.scoring.score.domain.Leads.TODAY;
import static com.agencyos.scoring.score.domain.Leads.aFullyHotLead;
import static com.agencyos.scoring.score.domain.Leads.nothingKnown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Custom weights: score = round(100 × Σ weight × points / max), half up. Expected figures worked by hand. */
class WeightedScoreTest {

    private static final Weights ALL_ON_AUTHORITY = new Weights(0, 1, 0, 0, 0);
    private static final Weights ALL_ON_RISK = new Weights(0, 0, 0, 0, 1);
    private static final Weights EIGHTHS_AND_QUARTERS = new Weights(0.125, 0.125, 0.25, 0.25, 0.25);

    private final AlsScorer scorer = new AlsScorer();

    @Test
    void scoresAHeadOfGrowthOnAuthorityAlone() {
        LeadFacts headOfGrowth = nothingKnown().title("Head of Growth").build();

        assertThat(score(headOfGrowth, Weights.DEFAULT).score()).isEqualTo(30);
        ScoreBreakdown onAuthority = score(headOfGrowth, ALL_ON_AUTHORITY);
        assertThat(onAuthority.score()).isEqualTo(60);
        assertThat(onAuthority.tier()).isEqualTo(Tier.WARM);
    }

    @Test
    void leavesThePointsOfEachComponentAsTheyAre() {
        ScoreBreakdown breakdown = score(nothingKnown().title("Head of Growth").hiring(true).build(), ALL_ON_AUTHORITY);

        assertThat(breakdown.authority()).isEqualTo(15);
        assertThat(breakdown.timing()).isEqualTo(5);
        assertThat(breakdown.risk()).isEqualTo(15);
        assertThat(breakdown.weights()).isEqualTo(ALL_ON_AUTHORITY);
    }

    @Test
    void givesAFounderFullMarksWhenOnlyAuthorityCounts() {
        assertThat(score(nothingKnown().title("Founder").build(), ALL_ON_AUTHORITY).score()).isEqualTo(100);
    }

    @Test
    void makesAnUnknownLeadHotWhenOnlyRiskCounts() {
        assertThat(score(LeadFacts.UNKNOWN, ALL_ON_RISK).score()).isEqualTo(100);
        assertThat(score(nothingKnown().bounced(true).build(), ALL_ON_RISK).score()).isZero();
    }

    @Test
    void roundsAnExactHalfUp() {
        // 100 × (0.125 × 7/25 + 0.25 × 15/15) = 3.5 + 25 = 28.5
        assertThat(score(nothingKnown().title("Team Lead").build(), EIGHTHS_AND_QUARTERS).score()).isEqualTo(29);
        // 100 × (0.125 × 4/20 + 0.25 × 15/15) = 2.5 + 25 = 27.5
        assertThat(score(nothingKnown().linkedinUrl("https://linkedin.com/in/x").build(), EIGHTHS_AND_QUARTERS)
                .score()).isEqualTo(28);
    }

    @Test
    void roundsAHalfUpWhereFloatingPointWouldFallShortOfIt() {
        Weights weights = new Weights(0.05, 0.45, 0.2, 0.15, 0.15);
        LeadFacts lead = nothingKnown().email("jane@acme.com.au")
                .employmentStartDate(TODAY.minusMonths(1)).build();

        // 100 × (0.05 × 2/20 + 0.15 × 6/15 + 0.15 × 15/15) = 0.5 + 6 + 15 = 21.5; summed in doubles, 21.4999…96
        assertThat(score(lead, weights).score()).isEqualTo(22);
    }

    @Test
    void roundsLessThanAHalfDown() {
        // 100 × (0.25 × 5/15 + 0.25 × 15/15) = 8.33… + 25 = 33.33…
        assertThat(score(nothingKnown().hiring(true).build(), EIGHTHS_AND_QUARTERS).score()).isEqualTo(33);
    }

    @Test
    void keepsAPerfectLeadAtOneHundredWhenWeightsDriftWithinTolerance() {
        Weights drifted = new Weights(0.2, 0.25, 0.25, 0.15, 0.15 + 9e-10);

        assertThat(score(aFullyHotLead().build(), drifted).score()).isEqualTo(100);
    }

    private ScoreBreakdown score(LeadFacts lead, Weights weights) {
        return scorer.score(lead, ACME_ICP, weights, TODAY);
    }
}
