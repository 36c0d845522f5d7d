package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/**
 * Where a campaign came from: {@code USER} a person created it through the API; {@code INBOUND} is the tenant's
 * built-in default for leads that named no campaign; {@code INTAKE} a campaign id a lead named at intake before
 * anyone created it here. Only {@code USER} campaigns count against the tier's active-campaign limit: the built-in
 * ones keep the pipeline working for a tenant that configured nothing.
 */
public enum CampaignOrigin {
    USER, INBOUND, INTAKE;

    public boolean isBuiltIn() {
        return this != USER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignOrigin fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
