package com.agencyos.tenant.tenancy.domain;

/**
 * What a tier allows.
 *
 * @param leadPoolPerMonth new leads the tenant may have scored per calendar month (in its own time zone)
 * @param maxActiveCampaigns campaigns that may be active at once
 * @param linkedinSeats LinkedIn seats the tenant may connect
 */
public record Quotas(int leadPoolPerMonth, int maxActiveCampaigns, int linkedinSeats) {
}
