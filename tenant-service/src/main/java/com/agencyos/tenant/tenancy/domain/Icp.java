package com.agencyos.tenant.tenancy.domain;

import java.util.List;

/**
 * The tenant's ideal customer profile, which scoring and playbooks read from {@code tenant.changed}. Empty lists
 * mean "any". A new tenant gets {@link #DEFAULT}: any industry and location, 5–50 employees (the small-business
 * range the scoring defaults assume too), no titles, no competitors, no website yet.
 *
 * @param competitorDomains lower-cased domains without {@code www.}
 * @param vendorWebsite the tenant's own website (http or https), null until set
 */
public record Icp(List<String> industries, int sizeMin, int sizeMax, List<String> locations, List<String> titles,
        List<String> competitorDomains, String vendorWebsite) {

    public static final Icp DEFAULT = new Icp(List.of(), 5, 50, List.of(), List.of(), List.of(), null);

    public Icp {
        industries = List.copyOf(industries);
        locations = List.copyOf(locations);
        titles = List.copyOf(titles);
        competitorDomains = List.copyOf(competitorDomains);
    }
}
