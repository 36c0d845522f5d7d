package com.agencyos.outreach.campaign.domain;

import java.util.Objects;

/**
 * How a campaign works its leads.
 *
 * @param minimumTier the weakest lead tier the campaign enrols
 * @param waitForPlaybook hold a new enrolment until {@code playbook.generated} names the lead
 */
public record CampaignSettings(PermissionMode permissionMode, LeadTier minimumTier, ChannelAllocation channelAllocation,
        SendingWindow sendingWindow, boolean waitForPlaybook) {

    /** A new campaign's defaults: the tenant's default mode, every tier, email only, weekday hours in Sydney. */
    public static CampaignSettings defaults(PermissionMode permissionMode) {
        return new CampaignSettings(permissionMode, LeadTier.COLD, ChannelAllocation.EMAIL_ONLY, SendingWindow.DEFAULT,
                false);
    }

    /** The same settings with a window open around the clock (the built-in campaigns, until their owner sets one). */
    public CampaignSettings openAllDay() {
        return new CampaignSettings(permissionMode, minimumTier, channelAllocation, SendingWindow.ALWAYS, waitForPlaybook);
    }

    public CampaignSettings {
        Objects.requireNonNull(permissionMode, "permissionMode");
        Objects.requireNonNull(minimumTier, "minimumTier");
        Objects.requireNonNull(channelAllocation, "channelAllocation");
        Objects.requireNonNull(sendingWindow, "sendingWindow");
    }
}
