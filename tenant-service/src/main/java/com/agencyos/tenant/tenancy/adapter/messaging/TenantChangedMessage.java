package com.agencyos.tenant.tenancy.adapter.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** {@code agencyos.tenant.changed.v1}, as documented in {@code docs/events/tenant.changed.v1.schema.json}. */
public record TenantChangedMessage(UUID tenantId, String name, String status, String tier, Quotas quotas,
        long leadPoolUsed, String timeZone, String country, String defaultPermissionMode, Icp icp,
        boolean dataSharingConsent, boolean deleted, long version) {

    public record Quotas(int leadPoolPerMonth, int maxActiveCampaigns, int linkedinSeats) {
    }

    /** {@code vendorWebsite} is required by the contract even while unknown, so it is written as null. */
    public record Icp(List<String> industries, int sizeMin, int sizeMax, List<String> locations, List<String> titles,
            List<String> competitorDomains, @JsonInclude(JsonInclude.Include.ALWAYS) String vendorWebsite) {
    }
}
