package com.agencyos.analytics.lead.domain;

/** The score band scoring assigns, hottest first. */
public enum Tier {
    hot, warm, cool, cold, dead;

    /** The tier named, or null when the name is not one (a tier added by scoring later reads as unknown). */
    public static Tier named(String name) {
        for (Tier tier : values()) {
            if (tier.name().equals(name)) {
                return tier;
            }
        }
        return null;
    }
}
