package com.agencyos.outreach.campaign.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Where a campaign is in its life: {@code draft → active ⇄ paused → completed}. Only an active campaign enrols
 * leads and has touches drafted or sent; completed is final.
 */
public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED;

    public boolean canMoveTo(CampaignStatus target) {
        return switch (this) {
            case DRAFT -> target == ACTIVE;
            case ACTIVE -> Set.of(PAUSED, COMPLETED).contains(target);
            case PAUSED -> Set.of(ACTIVE, COMPLETED).contains(target);
            case COMPLETED -> false;
        };
    }

    /** Settings and sequence may change only while no touch of the campaign can be on its way. */
    public boolean isEditable() {
        return this == DRAFT || this == PAUSED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignStatus fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
