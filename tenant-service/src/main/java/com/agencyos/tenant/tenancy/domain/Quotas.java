package com.agencyos.tenant.tenancy.domain;

/**
 * What a tier allows.
 *
 * @param leadPoolPerMonth new leads the tenant may have scored per calendar month (in its own time zone)
 * @param maxActiveCampaigns campaigns that may be active at once
 * @param linkedinSeats LinkedIn seats the tenant may connect
 */
public record Quotas(int leadPoolPerMonth, int maxActiveCampaigns, int linkedinSeats) {

    /**
     * Whether this month's pool count reaching {@code used} is news for the services that read it from
     * {@code tenant.changed}: the month's first lead, every hundredth of the pool, and every lead of the pool's last
     * twentieth, where enrichment must park leads at exactly the limit. Publishing every lead made each of the six
     * consuming services run one more transaction per lead for a count nobody needs that precisely.
     */
    public boolean poolUsageWorthPublishing(long used) {
        long step = Math.max(1, leadPoolPerMonth / 100);
        long lastStretch = Math.max(1, leadPoolPerMonth / 20);
        return used <= 1 || used % step == 0 || used >= leadPoolPerMonth - lastStretch;
    }
}
