package com.agencyos.analytics.lead.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the events say about one lead beyond its list row: the 360 view's sections. Each list is oldest first.
 *
 * @param enrichment the latest enrichment with the provenance of each field, null until enriched
 * @param scores every scoring with its ALS components, the latest last
 * @param playbooks the playbooks generated for the lead or its company
 * @param enrolments the campaign enrolments the lead's touches belong to
 * @param touches every touch, drafts included
 * @param replies every reply matched to the lead, with its intent
 * @param suppression whether outreach must leave the lead alone, and why
 * @param conversion the meeting or manual conversion, null until converted
 */
public record LeadDossier(Enrichment enrichment, List<Scoring> scores, List<Playbook> playbooks,
        List<Enrolment> enrolments, List<Touch> touches, List<Reply> replies, Suppression suppression,
        Conversion conversion) {

    public LeadDossier {
        scores = List.copyOf(scores);
        playbooks = List.copyOf(playbooks);
        enrolments = List.copyOf(enrolments);
        touches = List.copyOf(touches);
        replies = List.copyOf(replies);
    }

    public record Enrichment(String status, Double confidence, Instant enrichedAt, String industry,
            Long employeeCount, Map<String, Provenance> provenance, List<ProviderCall> providerCalls,
            Long totalCostMicros) {

        public Enrichment {
            provenance = Map.copyOf(provenance);
            providerCalls = List.copyOf(providerCalls);
        }
    }

    /** Which provider supplied a field, how sure it was and when it fetched it. */
    public record Provenance(String provider, Double confidence, Instant fetchedAt) {
    }

    public record ProviderCall(String provider, Long tier, String outcome, Long costMicros, Boolean cached) {
    }

    /** One scoring: the score, its tier and the five ALS component points. */
    public record Scoring(Instant scoredAt, double score, String tier, Components components, String weightsSource) {
    }

    public record Components(double dataQuality, double authority, double companyFit, double timing, double risk) {
    }

    public record Playbook(UUID playbookId, String prospectDomain, Double confidence, String generator,
            Instant generatedAt) {
    }

    public record Enrolment(UUID enrollmentId, UUID campaignId, Instant firstTouchAt, Instant lastTouchAt,
            long lastStep, long touchesSent) {
    }

    public record Touch(UUID touchId, UUID enrollmentId, UUID campaignId, long step, String variant, String channel,
            String mode, String subject, Instant sentAt, long costMicros) {
    }

    public record Reply(UUID replyId, UUID touchId, String channel, String intent, Double confidence,
            Instant receivedAt, String excerpt) {
    }

    /**
     * @param suppressed true while any mark still stands
     * @param marks the bounces, complaints, unsubscribes and suppression-list entries that concern the lead
     */
    public record Suppression(boolean suppressed, List<SuppressionMark> marks) {

        public Suppression {
            marks = List.copyOf(marks);
        }
    }

    /**
     * @param kind {@code hard_bounce}, {@code soft_bounce}, {@code complaint}, {@code unsubscribe}, or the list entry's
     *     kind ({@code email}, {@code domain}, {@code phone})
     * @param active false for a soft bounce and for a list entry later removed
     */
    public record SuppressionMark(String kind, String reason, String source, Instant at, boolean active) {
    }

    public record Conversion(Instant convertedAt, String how, UUID touchId) {
    }
}
