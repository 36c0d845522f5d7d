package com.agencyos.outreach.campaign.domain;

import java.util.Set;
import java.util.UUID;

/**
 * What outreach keeps of a tenant's latest {@code tenant.changed}: its billing status and the limits of its tier.
 *
 * @param version the event's version; a record whose version is not above the one kept is ignored
 */
public record TenantPlan(UUID tenantId, String status, String tier, int maxActiveCampaigns,
        PermissionMode defaultPermissionMode, String timeZone, boolean deleted, long version) {

    static final Set<String> WORKING_STATUSES = Set.of("trialing", "active");

    /** Until {@code tenant.changed} arrives, a tenant is assumed to be on the smallest tier, ignition. */
    public static TenantPlan assumed(UUID tenantId, int ignitionMaxActiveCampaigns) {
        return new TenantPlan(tenantId, "active", "ignition", ignitionMaxActiveCampaigns, PermissionMode.AUTOPILOT,
                "Australia/Sydney", false, -1);
    }

    /** Only trialing and active tenants get leads processed. */
    public boolean isWorking() {
        return !deleted && WORKING_STATUSES.contains(status);
    }

    /** Refuses activating one more campaign when the tier's limit is reached (a downgrade leaves more active). */
    public void allowActivation(long activeNow) {
        if (!isWorking()) {
            throw new CampaignConflict("tenant-not-active", "The tenant is " + (deleted ? "deleted" : status)
                    + ": no campaign can be activated.");
        }
        if (activeNow >= maxActiveCampaigns) {
            throw new CampaignConflict("active-campaign-limit", "The " + tier + " tier allows " + maxActiveCampaigns
                    + " active campaign" + (maxActiveCampaigns == 1 ? "" : "s") + " and " + activeNow
                    + " are active: pause or complete one first.");
        }
    }
}
