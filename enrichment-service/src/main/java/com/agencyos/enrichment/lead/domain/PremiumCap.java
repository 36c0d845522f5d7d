package com.agencyos.enrichment.lead.domain;

/**
 * The tier-2 premium provider may be used for at most a share (15 % by default) of a tenant's leads per day. The
 * count includes the lead asking, so the first premium call of a day comes with the seventh lead at 15 %.
 */
public final class PremiumCap {

    private PremiumCap() {
    }

    public static boolean allows(long leadsToday, long premiumToday, double share) {
        return premiumToday + 1 <= Math.floor(leadsToday * share + 1e-9);
    }
}
