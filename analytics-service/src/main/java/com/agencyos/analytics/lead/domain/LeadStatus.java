package com.agencyos.analytics.lead.domain;

/** How far a lead has come through the pipeline, in order. */
public enum LeadStatus {
    captured, enriched, scored, touched, replied, converted;

    /** The further of the two: a late event about an earlier stage never moves a lead back. */
    public LeadStatus furthest(LeadStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** The status named, or null when the name is not one. */
    public static LeadStatus named(String name) {
        for (LeadStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
