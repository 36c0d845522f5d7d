package com.agencyos.outreach.campaign.domain;

/** A change the campaign's current state does not allow, such as an invalid status transition. */
public class CampaignConflict extends IllegalStateException {

    private final String slug;

    public CampaignConflict(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    /** A stable, kebab-case name for the problem type. */
    public String slug() {
        return slug;
    }
}
