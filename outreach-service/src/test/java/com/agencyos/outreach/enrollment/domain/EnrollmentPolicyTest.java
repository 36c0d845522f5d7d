package com.agencyos.outreach.enrollment.domain;

import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aColdLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aDeadLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.aHotLead;
import static com.agencyos.outreach.enrollment.domain.ScoredLeads.rescored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnrollmentPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);
    static final UUID CAMPAIGN = UUID.randomUUID();

    static EnrollmentDecision firstScore(ScoredLead lead) {
        return EnrollmentPolicy.onScored(lead, CAMPAIGN, Optional.empty(), UUID.randomUUID(), NOW);
    }

    static EnrollmentDecision rescore(ScoredLead lead, Enrollment existing) {
        return EnrollmentPolicy.onScored(lead, CAMPAIGN, Optional.of(existing), UUID.randomUUID(), LATER);
    }

    static Enrollment enrolled(ScoredLead lead) {
        return ((EnrollmentDecision.Enrol) firstScore(lead)).enrollment();
    }

    @Test
    void aHotLeadIsEnrolledActiveInTheCampaign() {
        ScoredLead lead = aHotLead();
        var decision = firstScore(lead);

        assertThat(decision).isInstanceOf(EnrollmentDecision.Enrol.class);
        Enrollment enrollment = ((EnrollmentDecision.Enrol) decision).enrollment();
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.leadId()).isEqualTo(lead.leadId());
        assertThat(enrollment.campaignId()).isEqualTo(CAMPAIGN);
        assertThat(enrollment.currentStep()).isZero();
        assertThat(enrollment.enrolledAt()).isEqualTo(NOW);
        assertThat(enrollment.reason()).isNull();
    }

    @Test
    void aColdLeadStillGetsEmail() {
        assertThat(firstScore(aColdLead())).isInstanceOf(EnrollmentDecision.Enrol.class);
    }

    @Test
    void aDeadLeadIsRecordedAsNotEnrolledWithTheReason() {
        var decision = firstScore(aDeadLead());

        assertThat(decision).isInstanceOf(EnrollmentDecision.Decline.class);
        Enrollment enrollment = ((EnrollmentDecision.Decline) decision).enrollment();
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.NOT_ENROLLED);
        assertThat(enrollment.reason()).isEqualTo("Tier dead (score 12): not worth a touch");
        assertThat(enrollment.enrolledAt()).isNull();
    }

    @Test
    void aLeadScoringDoesNotAllowToEmailIsNotEnrolled() {
        var decision = firstScore(ScoredLeads.jo("warm", 70, Set.of("linkedin")));

        assertThat(((EnrollmentDecision.Decline) decision).enrollment().reason())
                .isEqualTo("Scoring does not allow email for this lead (allowed: linkedin)");
    }

    @Test
    void aTierOutreachDoesNotKnowIsDeclinedRatherThanGuessedAt() {
        var decision = firstScore(ScoredLeads.jo("lukewarm", 50, Set.of("email")));

        assertThat(((EnrollmentDecision.Decline) decision).enrollment().reason())
                .isEqualTo("Tier 'lukewarm' is not one outreach works");
    }

    @Test
    void anEnrolledLeadIsNotEnrolledAgainWhenRescored() {
        ScoredLead lead = aHotLead();
        Enrollment enrollment = enrolled(lead).atStep(1);

        assertThat(rescore(rescored(lead, "warm", 70, Set.of("email")), enrollment))
                .isEqualTo(new EnrollmentDecision.Unchanged("already enrolled"));
    }

    @Test
    void anActiveEnrollmentStopsWhenItsLeadIsRescoredDead() {
        ScoredLead lead = aHotLead();
        Enrollment enrollment = enrolled(lead).atStep(1);

        var decision = rescore(rescored(lead, "dead", 5, Set.of()), enrollment);

        Enrollment stopped = ((EnrollmentDecision.Stop) decision).enrollment();
        assertThat(stopped.status()).isEqualTo(EnrollmentStatus.STOPPED);
        assertThat(stopped.reason()).isEqualTo("Re-scored: Tier dead (score 5): not worth a touch");
        assertThat(stopped.stoppedAt()).isEqualTo(LATER);
        assertThat(stopped.id()).isEqualTo(enrollment.id());
    }

    @Test
    void aLeadOnceDeclinedIsEnrolledInTheSameRowWhenItQualifies() {
        ScoredLead lead = aDeadLead();
        Enrollment declined = ((EnrollmentDecision.Decline) firstScore(lead)).enrollment();

        var decision = rescore(rescored(lead, "warm", 65, Set.of("email")), declined);

        Enrollment enrollment = ((EnrollmentDecision.Enrol) decision).enrollment();
        assertThat(enrollment.id()).isEqualTo(declined.id());
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.reason()).isNull();
        assertThat(enrollment.enrolledAt()).isEqualTo(LATER);
        assertThat(enrollment.tier()).isEqualTo("warm");
    }

    @Test
    void aWaitingEnrolmentWaitsOnWhenRescoredStopsWhenTheLeadDiesAndIsReleasedActiveByItsPlaybook() {
        ScoredLead lead = aHotLead();
        Enrollment waiting = enrolled(lead).waiting("Waiting for the account playbook of acme.com.au");

        assertThat(waiting.status()).isEqualTo(EnrollmentStatus.WAITING);
        assertThat(waiting.isActive()).isFalse();
        assertThat(rescore(lead, waiting)).isEqualTo(new EnrollmentDecision.Unchanged("waiting: Waiting for the account playbook of acme.com.au"));
        assertThat(((EnrollmentDecision.Stop) rescore(rescored(lead, "dead", 5, Set.of()), waiting)).enrollment().reason())
                .isEqualTo("Re-scored: Tier dead (score 5): not worth a touch");
        Enrollment released = waiting.released(LATER);
        assertThat(released.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(released.reason()).isNull();
        assertThat(released.enrolledAt()).isEqualTo(LATER);
        assertThat(released.released(LATER.plusSeconds(1))).isSameAs(released);
        assertThatThrownBy(() -> enrolled(lead).atStep(1).waiting("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoppedEnrollmentNeverRestarts() {
        ScoredLead lead = aHotLead();
        Enrollment stopped = enrolled(lead).atStep(1).stopped("Replied: asked to unsubscribe", NOW);

        assertThat(rescore(rescored(lead, "hot", 95, Set.of("email")), stopped))
                .isEqualTo(new EnrollmentDecision.Unchanged("stopped: Replied: asked to unsubscribe"));
    }

    @Test
    void stoppingTwiceKeepsTheFirstReasonAndTime() {
        Enrollment once = enrolled(aHotLead()).stopped("first", NOW);

        assertThat(once.stopped("second", LATER)).isSameAs(once);
    }

    @Test
    void stepsAreRecordedForwardOnlyAndOnlyWhileActive() {
        Enrollment enrollment = enrolled(aHotLead());

        assertThat(enrollment.atStep(1).currentStep()).isEqualTo(1);
        assertThat(enrollment.atStep(1).atStep(3).currentStep()).as("step 2 skipped by a just-in-time check").isEqualTo(3);
        assertThatThrownBy(() -> enrollment.atStep(1).atStep(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enrollment.atStep(3).atStep(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enrollment.stopped("unsubscribed", NOW).atStep(1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCampaignThatRefusesTheLeadRecordsItNotEnrolledWithTheCampaignsReason() {
        var decision = EnrollmentPolicy.onScored(aHotLead(), CAMPAIGN, Optional.of("Campaign 'X' is paused: it enrols no one"),
                Optional.empty(), UUID.randomUUID(), NOW);

        assertThat(decision).isInstanceOf(EnrollmentDecision.Decline.class);
        assertThat(((EnrollmentDecision.Decline) decision).enrollment().reason()).isEqualTo("Campaign 'X' is paused: it enrols no one");
    }

    @Test
    void aPausedCampaignDoesNotStopTheEnrolmentsItAlreadyHas() {
        ScoredLead lead = aHotLead();
        Enrollment active = enrolled(lead);

        var decision = EnrollmentPolicy.onScored(rescored(lead, "warm", 70, Set.of("email")), CAMPAIGN,
                Optional.of("Campaign 'X' is paused: it enrols no one"), Optional.of(active), UUID.randomUUID(), LATER);

        assertThat(decision).isInstanceOf(EnrollmentDecision.Unchanged.class);
    }

    @Test
    void theLeadsOwnRefusalOutranksTheCampaigns() {
        var decision = EnrollmentPolicy.onScored(aDeadLead(), CAMPAIGN, Optional.of("Campaign 'X' is paused: it enrols no one"),
                Optional.empty(), UUID.randomUUID(), NOW);

        assertThat(((EnrollmentDecision.Decline) decision).enrollment().reason()).startsWith("Tier dead");
    }
}
