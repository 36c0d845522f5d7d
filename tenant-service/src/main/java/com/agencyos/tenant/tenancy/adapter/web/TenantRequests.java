package com.agencyos.tenant.tenancy.adapter.web;

import com.agencyos.tenant.tenancy.domain.IcpForm;
import com.agencyos.tenant.tenancy.domain.TenantForm;
import com.agencyos.tenant.tenancy.domain.TenantPatch;
import java.util.List;

/** Request bodies of the tenant API. Values arrive as text so that every bad field is reported by name. */
final class TenantRequests {

    private TenantRequests() {
    }

    /** {@code POST /api/v1/tenants}: {@code name} and {@code tier} are required, the rest have defaults. */
    record CreateTenant(String id, String name, String tier, String timeZone, String country, IcpBody icp) {

        TenantForm toForm() {
            return new TenantForm(id, name, tier, timeZone, country, icp == null ? null : icp.toForm());
        }
    }

    /** {@code PATCH /api/v1/tenants/me}: fields left out stay as they are. */
    record UpdateTenant(String name, String timeZone, IcpBody icp, String defaultPermissionMode, Boolean dataSharingConsent) {

        TenantPatch toPatch() {
            return new TenantPatch(name, timeZone, icp == null ? null : icp.toForm(), defaultPermissionMode, dataSharingConsent);
        }
    }

    /** {@code PATCH /api/v1/tenants/{id}} (platform administrators): billing's tier and status; null leaves it. */
    record AdministerTenant(String tier, String status) {
    }

    /** An ICP; in a PATCH, fields left out stay as they are and an empty {@code vendorWebsite} clears it. */
    record IcpBody(List<String> industries, Integer sizeMin, Integer sizeMax, List<String> locations,
            List<String> titles, List<String> competitorDomains, String vendorWebsite) {

        IcpForm toForm() {
            return new IcpForm(industries, sizeMin, sizeMax, locations, titles, competitorDomains, vendorWebsite);
        }
    }
}
