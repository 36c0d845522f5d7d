package com.agencyos.outreach.enrollment.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a scored lead is enrolled. A lead is enrolled once per campaign: a re-score or a redelivery never
 * enrols it again or drafts a second first step. A lead gets email only when its tier is one outreach works
 * ({@code hot}, {@code warm}, {@code cool}, {@code cold}) and scoring allows the email channel; a tier outreach
 * does not know is declined rather than guessed at.
 */
public final class EnrollmentPolicy {

    static final String EMAIL = "email";
    static final Set<String> WORKED_TIERS = Set.of("hot", "warm", "cool", "cold");

    private EnrollmentPolicy() {
    }

    public static EnrollmentDecision onScored(ScoredLead lead, UUID campaignId, Optional<Enrollment> existing,
            UUID newEnrollmentId, Instant now) {
        return onScored(lead, campaignId, Optional.empty(), existing, newEnrollmentId, now);
    }

    /**
     * As above, in a campaign that may refuse the lead ({@code campaignRefusal}: the campaign is not active, or the
     * lead's tier is below its minimum). The campaign's refusal only keeps a lead out: a paused campaign does not
     * stop the enrolments it already has.
     */
    public static EnrollmentDecision onScored(ScoredLead lead, UUID campaignId, Optional<String> campaignRefusal,
            Optional<Enrollment> existing, UUID newEnrollmentId, Instant now) {
        Optional<String> leadRefusal = refusal(lead);
        Optional<String> refusal = leadRefusal.isPresent() || existing.map(Enrollment::isActive).orElse(false)
                ? leadRefusal : campaignRefusal;
        if (existing.isEmpty()) {
            return refusal.<EnrollmentDecision>map(reason -> new EnrollmentDecision.Decline(
                            Enrollment.notEnrolled(newEnrollmentId, lead, campaignId, reason, now)))
                    .orElseGet(() -> new EnrollmentDecision.Enrol(Enrollment.enrol(newEnrollmentId, lead, campaignId, now)));
        }
        Enrollment enrollment = existing.get();
        return switch (enrollment.status()) {
            case NOT_ENROLLED -> refusal.<EnrollmentDecision>map(reason ->
                            new EnrollmentDecision.Decline(enrollment.declinedAgain(lead, reason)))
                    .orElseGet(() -> new EnrollmentDecision.Enrol(enrollment.activated(lead, now)));
            case ACTIVE -> refusal.<EnrollmentDecision>map(reason ->
                            new EnrollmentDecision.Stop(enrollment.stopped("Re-scored: " + reason, now)))
                    .orElseGet(() -> new EnrollmentDecision.Unchanged("already enrolled"));
            case WAITING -> refusal.<EnrollmentDecision>map(reason ->
                            new EnrollmentDecision.Stop(enrollment.stopped("Re-scored: " + reason, now)))
                    .orElseGet(() -> new EnrollmentDecision.Unchanged("waiting: " + enrollment.reason()));
            case STOPPED -> new EnrollmentDecision.Unchanged("stopped: " + enrollment.reason());
        };
    }

    /** Why the lead gets no email, if it gets none. */
    static Optional<String> refusal(ScoredLead lead) {
        if ("dead".equals(lead.tier())) {
            return Optional.of("Tier dead (score " + formatted(lead.score()) + "): not worth a touch");
        }
        if (!WORKED_TIERS.contains(lead.tier())) {
            return Optional.of("Tier '" + lead.tier() + "' is not one outreach works");
        }
        if (!lead.allowedChannels().contains(EMAIL)) {
            return Optional.of("Scoring does not allow email for this lead (allowed: "
                    + String.join(", ", lead.allowedChannels().stream().sorted().toList()) + ")");
        }
        return Optional.empty();
    }

    private static String formatted(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }
}
