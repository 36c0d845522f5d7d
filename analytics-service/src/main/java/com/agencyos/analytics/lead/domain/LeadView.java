package com.agencyos.analytics.lead.domain;

import com.agencyos.analytics.lead.domain.LeadActivity.DeliveryReported;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadCaptured;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadConverted;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadEnriched;
import com.agencyos.analytics.lead.domain.LeadActivity.LeadScored;
import com.agencyos.analytics.lead.domain.LeadActivity.ReplyClassified;
import com.agencyos.analytics.lead.domain.LeadActivity.TouchSent;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead as its events describe it.
 *
 * @param profile who the lead is, from the most recent event that said so
 * @param status the furthest stage any of its events reached
 * @param score the score of the latest scoring, null until scored
 * @param tier the tier of the latest scoring, null until scored (or when scoring used a tier this view does not know)
 * @param campaignId the campaign named by its most recent event that named one
 * @param firstEventAt when its earliest known event happened
 * @param lastEventAt when its latest event happened: the lead's last activity
 * @param profileAt when the event the profile was last taken from happened
 * @param scoredAt when the scoring the score comes from happened
 * @param events how many events were applied
 */
public record LeadView(UUID leadId, UUID tenantId, Profile profile, LeadStatus status, Double score, Tier tier,
        UUID campaignId, Instant firstEventAt, Instant lastEventAt, Instant profileAt, Instant scoredAt, int events) {

    /** The view of a lead first heard of through this activity. */
    public static LeadView startedBy(LeadActivity first) {
        return new LeadView(first.leadId(), first.tenantId(), Profile.UNKNOWN, LeadStatus.captured, null, null, null,
                first.at(), first.at(), null, null, 0).apply(first);
    }

    /** True when the activity is about this lead of this tenant; any other activity leaves the view as it is. */
    public boolean concerns(LeadActivity activity) {
        return leadId.equals(activity.leadId()) && tenantId.equals(activity.tenantId());
    }

    /** The view after the activity, whatever order activities arrive in. */
    public LeadView apply(LeadActivity activity) {
        if (!concerns(activity)) {
            return this;
        }
        Instant at = activity.at();
        boolean newest = !at.isBefore(lastEventAt);
        UUID campaign = activity.campaignId() != null && (newest || campaignId == null) ? activity.campaignId() : campaignId;
        LeadView moved = new LeadView(leadId, tenantId, profile, status.furthest(stageReachedBy(activity)), score, tier,
                campaign, at.isBefore(firstEventAt) ? at : firstEventAt, newest ? at : lastEventAt, profileAt,
                scoredAt, events + 1);
        return switch (activity) {
            case LeadCaptured captured -> moved.describedBy(captured.profile(), at);
            case LeadEnriched enriched -> moved.describedBy(enriched.profile(), at);
            case LeadScored scored -> moved.describedBy(scored.profile(), at).scoredBy(scored);
            default -> moved;
        };
    }

    /** The stage an activity shows the lead has reached, or null when it shows no progress. */
    private static LeadStatus stageReachedBy(LeadActivity activity) {
        return switch (activity) {
            case LeadCaptured ignored -> LeadStatus.captured;
            case LeadEnriched ignored -> LeadStatus.enriched;
            case LeadScored ignored -> LeadStatus.scored;
            case TouchSent touch -> touch.sent() ? LeadStatus.touched : null;
            case ReplyClassified ignored -> LeadStatus.replied;
            case LeadConverted ignored -> LeadStatus.converted;
            case DeliveryReported ignored -> null;
        };
    }

    private LeadView describedBy(Profile said, Instant at) {
        boolean newer = profileAt == null || !at.isBefore(profileAt);
        return new LeadView(leadId, tenantId, newer ? profile.overriddenBy(said) : profile.filledFrom(said), status,
                score, tier, campaignId, firstEventAt, lastEventAt, newer ? at : profileAt, scoredAt, events);
    }

    private LeadView scoredBy(LeadScored scoring) {
        if (scoredAt != null && scoring.at().isBefore(scoredAt)) {
            return this;
        }
        return new LeadView(leadId, tenantId, profile, status, scoring.score(), scoring.tier(), campaignId,
                firstEventAt, lastEventAt, profileAt, scoring.at(), events);
    }
}
