package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/** The tiers outreach works, best first; {@code dead} leads are never worked, so it is not one of them. */
public enum LeadTier {
    HOT, WARM, COOL, COLD;

    /** Whether a lead of the given wire tier is this tier or better; an unknown tier never is. */
    public boolean admits(String leadTier) {
        for (LeadTier tier : values()) {
            if (tier.wireName().equals(leadTier)) {
                return tier.ordinal() <= ordinal();
            }
        }
        return false;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LeadTier fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
