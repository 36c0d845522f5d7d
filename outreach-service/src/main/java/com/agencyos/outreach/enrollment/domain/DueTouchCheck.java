package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import com.agencyos.outreach.campaign.domain.SendingWindow;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.Duration;
import java.time.Instant;

/**
 * The just-in-time checks a due touch passes before it is drafted or sent, in order: the enrolment is still active
 * (a stop from a reply, unsubscribe or bounce wins over a due touch), it is not paused by an out-of-office reply
 * (the step waits until the person is back), the tenant is working, the campaign is active,
 * the step exists, its channel is allowed for the lead and by the campaign, and the campaign's sending window is open
 * (outside it the step moves to the window's next opening: nothing is made outside it). A check that may pass later (a paused
 * campaign, a tenant behind on payment) reschedules; one that never will skips, with the reason recorded.
 */
public final class DueTouchCheck {

    public static final Duration RETRY_LATER = Duration.ofHours(1);

    private DueTouchCheck() {
    }

    public sealed interface Outcome {
    }

    public record Proceed(SequenceStep step) implements Outcome {
    }

    /** The step will never be made; {@code nextStep}: whether the following step should still be scheduled. */
    public record Skip(String reason, boolean nextStep) implements Outcome {
    }

    public record Reschedule(Instant at, String reason) implements Outcome {
    }

    /** As below, for a lead known only by its email. */
    public static Outcome check(Enrollment enrollment, Campaign campaign, TenantPlan plan, ScoredLead lead, int stepNumber,
            Instant now) {
        return check(enrollment, campaign, plan, lead, LeadContact.none(lead.tenantId(), lead.leadId()), stepNumber, now);
    }

    /** {@code contact}: how to reach the lead on the other channels; a step on a channel it lacks is skipped. */
    public static Outcome check(Enrollment enrollment, Campaign campaign, TenantPlan plan, ScoredLead lead, LeadContact contact,
            int stepNumber, Instant now) {
        if (!enrollment.isActive()) {
            return new Skip("Enrolment " + enrollment.status().wireName() + ": " + enrollment.reason(), false);
        }
        if (enrollment.isPausedAt(now)) {
            return new Reschedule(enrollment.pausedUntil(), "Paused: out of office until " + enrollment.pausedUntil());
        }
        if (!plan.isWorking()) {
            return new Reschedule(now.plus(RETRY_LATER), "Tenant is " + (plan.deleted() ? "deleted" : plan.status()));
        }
        if (campaign.status() == CampaignStatus.PAUSED) {
            return new Reschedule(now.plus(RETRY_LATER), "Campaign is paused");
        }
        if (campaign.status() != CampaignStatus.ACTIVE) {
            return new Skip("Campaign is " + campaign.status().wireName(), false);
        }
        var step = campaign.sequence().step(stepNumber);
        if (step.isEmpty()) {
            return new Skip("The sequence has no step " + stepNumber, false);
        }
        Channel channel = step.get().channel();
        if (!lead.allowedChannels().contains(channel.wireName())) {
            return new Skip("Scoring does not allow " + channel.wireName() + " for this lead", true);
        }
        if (!campaign.settings().channelAllocation().allows(channel)) {
            return new Skip("The campaign allocates nothing to " + channel.wireName(), true);
        }
        if (channel != Channel.EMAIL && contact.addressOn(channel).isEmpty()) {
            return new Skip(LeadContact.missing(channel), true);
        }
        SendingWindow window = campaign.settings().sendingWindow();
        if (!window.contains(now)) {
            Instant opening = window.nextOpening(now);
            return new Reschedule(opening, "Outside the sending window (" + window.zone().getId() + "): moved to its next opening "
                    + opening.atZone(window.zone()).toLocalDateTime() + " " + window.zone().getId());
        }
        return new Proceed(step.get());
    }
}
