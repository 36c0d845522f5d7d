package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead in a campaign.
 *
 * @param currentStep the last step drafted or sent, 0 before the first
 * @param reason why it is stopped or not enrolled; null while active
 * @param tier the tier of the score that last decided this enrolment
 * @param pausedUntil no step is made before this instant (an out-of-office reply); null when not paused
 */
public record Enrollment(UUID id, UUID tenantId, UUID leadId, UUID campaignId, EnrollmentStatus status,
        String reason, int currentStep, String tier, double score, Instant createdAt, Instant enrolledAt,
        Instant stoppedAt, Instant pausedUntil) {

    public Enrollment {
        Objects.requireNonNull(status, "status");
        if (status != EnrollmentStatus.ACTIVE && reason == null) {
            throw new IllegalArgumentException("a " + status + " enrolment needs a reason");
        }
    }

    static Enrollment enrol(UUID id, ScoredLead lead, UUID campaignId, Instant now) {
        return new Enrollment(id, lead.tenantId(), lead.leadId(), campaignId, EnrollmentStatus.ACTIVE, null, 0,
                lead.tier(), lead.score(), now, now, null, null);
    }

    static Enrollment notEnrolled(UUID id, ScoredLead lead, UUID campaignId, String reason, Instant now) {
        return new Enrollment(id, lead.tenantId(), lead.leadId(), campaignId, EnrollmentStatus.NOT_ENROLLED, reason,
                0, lead.tier(), lead.score(), now, null, null, null);
    }

    /** Held, with the reason, until the account playbook arrives; only a new enrolment that made no step yet waits. */
    public Enrollment waiting(String waitReason) {
        if (!isActive() || currentStep != 0) {
            throw new IllegalStateException("enrolment " + id + " is " + status + " at step " + currentStep + ": it cannot wait");
        }
        return new Enrollment(id, tenantId, leadId, campaignId, EnrollmentStatus.WAITING, waitReason, 0, tier, score, createdAt,
                enrolledAt, null, pausedUntil);
    }

    public boolean isWaiting() {
        return status == EnrollmentStatus.WAITING;
    }

    /** The playbook arrived: a waiting enrolment becomes active (its first step is to be scheduled); others stay as they are. */
    public Enrollment released(Instant now) {
        if (!isWaiting()) {
            return this;
        }
        return new Enrollment(id, tenantId, leadId, campaignId, EnrollmentStatus.ACTIVE, null, currentStep, tier, score, createdAt,
                now, null, pausedUntil);
    }

    public boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    Enrollment activated(ScoredLead lead, Instant now) {
        return new Enrollment(id, tenantId, leadId, campaignId, EnrollmentStatus.ACTIVE, null, currentStep,
                lead.tier(), lead.score(), createdAt, now, null, pausedUntil);
    }

    Enrollment declinedAgain(ScoredLead lead, String newReason) {
        return new Enrollment(id, tenantId, leadId, campaignId, EnrollmentStatus.NOT_ENROLLED, newReason,
                currentStep, lead.tier(), lead.score(), createdAt, enrolledAt, stoppedAt, pausedUntil);
    }

    /** Stopped for good; stopping a stopped enrolment keeps its first reason. */
    public Enrollment stopped(String stopReason, Instant now) {
        if (status == EnrollmentStatus.STOPPED) {
            return this;
        }
        return new Enrollment(id, tenantId, leadId, campaignId, EnrollmentStatus.STOPPED, stopReason, currentStep,
                tier, score, createdAt, enrolledAt, now, pausedUntil);
    }

    /** The enrolment once the given step has been drafted or sent. */
    public Enrollment atStep(int step) {
        if (!isActive()) {
            throw new IllegalStateException("enrolment " + id + " is " + status + ": no step may be recorded");
        }
        if (step <= currentStep) {
            throw new IllegalArgumentException("enrolment " + id + " is at step " + currentStep + ", past " + step);
        }
        return new Enrollment(id, tenantId, leadId, campaignId, status, reason, step, tier, score, createdAt,
                enrolledAt, stoppedAt, pausedUntil);
    }

    /** Paused until the given instant; a later pause wins over an earlier one, and a stopped enrolment stays as it is. */
    public Enrollment pausedUntil(Instant until) {
        if (!isActive() || pausedUntil != null && !until.isAfter(pausedUntil)) {
            return this;
        }
        return new Enrollment(id, tenantId, leadId, campaignId, status, reason, currentStep, tier, score, createdAt,
                enrolledAt, stoppedAt, until);
    }

    public boolean isPausedAt(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }
}
