package com.agencyos.outreach.campaign.domain;

import java.util.Locale;

/**
 * Where a campaign came from: {@code INBOUND} is the tenant's default for leads that named no campaign,
 * {@code INTAKE} a campaign id a lead named at intake before anyone created it here.
 */
public enum CampaignOrigin {
    INBOUND, INTAKE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignOrigin fromWire(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
