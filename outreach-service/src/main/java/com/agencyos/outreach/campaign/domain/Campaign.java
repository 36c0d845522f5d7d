package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A campaign of one tenant: its settings, its sequence and where it is in its life. Every step's channel must have
 * a share of the channel allocation, so a campaign cannot plan a touch it would never be allowed to make.
 */
public record Campaign(UUID id, UUID tenantId, String name, CampaignOrigin origin, SendingMode sendingMode,
        CampaignStatus status, CampaignSettings settings, Sequence sequence, Instant createdAt) {

    public static final String INBOUND_NAME = "Inbound";
    public static final int MAX_NAME_LENGTH = 120;

    public Campaign {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sendingMode, "sendingMode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sequence, "sequence");
        require(name != null && !name.isBlank() && name.strip().length() <= MAX_NAME_LENGTH, "name",
                "must be 1 to " + MAX_NAME_LENGTH + " characters");
        name = name.strip();
        for (int i = 0; i < sequence.steps().size(); i++) {
            var channel = sequence.steps().get(i).channel();
            require(settings.channelAllocation().allows(channel), "sequence.steps[" + i + "].channel",
                    channel.wireName() + " has no share in settings.channelAllocation");
        }
    }

    /** A campaign a person creates: a draft that drafts only, until it is activated and switched to sending. */
    public static Campaign create(UUID id, UUID tenantId, String name, CampaignSettings settings, Sequence sequence,
            Instant now) {
        return new Campaign(id, tenantId, name, CampaignOrigin.USER, SendingMode.DRAFT_ONLY, CampaignStatus.DRAFT,
                settings, sequence, now);
    }

    /** The tenant's default campaign, active from the start so that leads of a tenant that configured nothing flow. */
    public static Campaign inbound(UUID id, UUID tenantId, Instant now) {
        return new Campaign(id, tenantId, INBOUND_NAME, CampaignOrigin.INBOUND, SendingMode.DRAFT_ONLY,
                CampaignStatus.ACTIVE, CampaignSettings.defaults(PermissionMode.AUTOPILOT).openAllDay(), Sequence.BUILT_IN, now);
    }

    /** A campaign known only by the id a lead named at intake; its owner can name it properly later. */
    public static Campaign namedAtIntake(UUID id, UUID tenantId, Instant now) {
        return new Campaign(id, tenantId, "Campaign " + id.toString().substring(0, 8), CampaignOrigin.INTAKE,
                SendingMode.DRAFT_ONLY, CampaignStatus.ACTIVE, CampaignSettings.defaults(PermissionMode.AUTOPILOT).openAllDay(),
                Sequence.BUILT_IN, now);
    }

    /** The campaign working one lead with the given sequence (a playbook's, resolved when a step is due); nothing is stored. */
    public Campaign workingWith(Sequence leadSequence) {
        return new Campaign(id, tenantId, name, origin, sendingMode, status, settings, leadSequence, createdAt);
    }

    /** The campaign with new name, settings and sequence; only a draft or paused campaign may change. */
    public Campaign edited(String newName, CampaignSettings newSettings, Sequence newSequence) {
        if (!status.isEditable()) {
            throw new CampaignConflict("campaign-not-editable", "A " + status.wireName()
                    + " campaign cannot be edited; pause it first" + (status == CampaignStatus.COMPLETED ? " (a completed one never)" : "") + ".");
        }
        return new Campaign(id, tenantId, newName, origin, sendingMode, status, newSettings, newSequence, createdAt);
    }

    public Campaign movedTo(CampaignStatus target) {
        if (!status.canMoveTo(target)) {
            throw new CampaignConflict("invalid-status-transition",
                    "A " + status.wireName() + " campaign cannot become " + target.wireName() + ".");
        }
        return new Campaign(id, tenantId, name, origin, sendingMode, target, settings, sequence, createdAt);
    }

    /** Whether this campaign's limit counts it, as it is now. */
    public boolean countsAsActive() {
        return status == CampaignStatus.ACTIVE && !origin.isBuiltIn();
    }

    /** Why a lead of this tier is not enrolled here now, or null when it may be. */
    public String refusalFor(String leadTier) {
        if (status != CampaignStatus.ACTIVE) {
            return "Campaign '" + name + "' is " + status.wireName() + ": it enrols no one";
        }
        if (!settings.minimumTier().admits(leadTier)) {
            return "Tier " + leadTier + " is below the campaign's minimum tier " + settings.minimumTier().wireName();
        }
        return null;
    }
}
