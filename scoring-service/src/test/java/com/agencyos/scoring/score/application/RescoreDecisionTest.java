package com.agencyos.scoring.score.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.scoring.score.domain.ChosenWeights;
import com.agencyos.scoring.score.domain.Icp;
import com.agencyos.scoring.score.domain.LeadFacts;
import com.agencyos.scoring.score.domain.Weights;
import com.agencyos.scoring.score.domain.WeightsSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RescoreDecisionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final LeadScoringService.TenantContext DEFAULTS = new LeadScoringService.TenantContext(Icp.DEFAULT,
            ChosenWeights.DEFAULT, LocalDate.of(2026, 11, 22), NOW);

    private final LeadScoringService scoring = new LeadScoringService(null, null, null, null, null, null);
    private final LeadFacts facts = LeadFacts.builder().title("CEO").country("Australia").employeeCount(20).build();

    @Test
    void theFirstScoreOfALeadIsAlwaysNew() {
        var next = scoring.decide(lead(null), DEFAULTS);

        assertThat(next).hasValueSatisfying(scored -> assertThat(scored.firstScore()).isTrue());
    }

    @Test
    void aRescoreWithTheSameOutcomeIsNotANewScore() {
        ScoredLead current = scoring.decide(lead(null), DEFAULTS).orElseThrow();

        assertThat(scoring.decide(lead(current), DEFAULTS)).isEmpty();
    }

    @Test
    void theSameScoreFromWeightsOfAnotherSourceIsANewScore() {
        ScoredLead current = scoring.decide(lead(null), DEFAULTS).orElseThrow();
        var manual = new LeadScoringService.TenantContext(Icp.DEFAULT,
                new ChosenWeights(Weights.DEFAULT, WeightsSource.TENANT_MANUAL), DEFAULTS.today(), NOW);

        var next = scoring.decide(lead(current), manual);

        assertThat(next).hasValueSatisfying(scored -> {
            assertThat(scored.breakdown().score()).isEqualTo(current.breakdown().score());
            assertThat(scored.weightsSource()).isEqualTo(WeightsSource.TENANT_MANUAL);
            assertThat(scored.firstScore()).isFalse();
        });
    }

    @Test
    void aHardBounceIsANewScoreFifteenPointsLower() {
        ScoredLead current = scoring.decide(lead(null), DEFAULTS).orElseThrow();
        StoredLead bounced = new StoredLead(current.leadId(), current.tenantId(), facts.toBuilder().bounced(true).build(),
                current.lead(), current);

        var next = scoring.decide(bounced, DEFAULTS).orElseThrow();

        assertThat(next.breakdown().risk()).isEqualTo(current.breakdown().risk() - 15);
        assertThat(next.breakdown().score()).isEqualTo(current.breakdown().score() - 15);
    }

    @Test
    void learnedWeightsAreKeptPerTenantPerNormalisedIndustryOrGlobally() {
        UUID tenant = UUID.randomUUID();
        assertThat(learned(LearnedWeights.Scope.TENANT, tenant, null).key()).isEqualTo(tenant.toString());
        assertThat(learned(LearnedWeights.Scope.INDUSTRY, null, "  Real   Estate ").key()).isEqualTo("real estate");
        assertThat(learned(LearnedWeights.Scope.GLOBAL, null, null).key()).isEqualTo("global");
        assertThatThrownBy(() -> learned(LearnedWeights.Scope.TENANT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> learned(LearnedWeights.Scope.INDUSTRY, null, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StoredLead lead(ScoredLead current) {
        UUID leadId = current == null ? UUID.randomUUID() : current.leadId();
        UUID tenantId = current == null ? UUID.randomUUID() : current.tenantId();
        return new StoredLead(leadId, tenantId, facts,
                new ScoredLead.LeadSummary("jo@acme.com.au", "Jo", "Bloggs", "CEO", "Acme", "acme.com.au", "Australia", null),
                current);
    }

    private static LearnedWeights learned(LearnedWeights.Scope scope, UUID tenant, String industry) {
        return new LearnedWeights(scope, tenant, industry, Weights.DEFAULT, 0.8, 60, NOW, NOW.plusSeconds(60));
    }
}
