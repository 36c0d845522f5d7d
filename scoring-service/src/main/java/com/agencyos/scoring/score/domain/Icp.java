package com.agencyos.scoring.score.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant's ideal customer profile, as far as scoring reads it.
 *
 * @param industries        industries that earn the industry points; none configured means no lead earns them
 * @param sizeMin           the smallest employee count that fits, inclusive
 * @param sizeMax           the largest employee count that fits, inclusive
 * @param locations         countries that fit, as names or ISO codes; never empty (defaults to Australia)
 * @param competitorDomains company domains whose people are competitors, subdomains included
 */
public record Icp(
        List<String> industries,
        int sizeMin,
        int sizeMax,
        List<String> locations,
        List<String> competitorDomains) {

    public static final int DEFAULT_SIZE_MIN = 5;
    public static final int DEFAULT_SIZE_MAX = 50;
    public static final List<String> DEFAULT_LOCATIONS = List.of("Australia");

    /** The profile of a tenant that has configured nothing. */
    public static final Icp DEFAULT = new Icp(List.of(), DEFAULT_SIZE_MIN, DEFAULT_SIZE_MAX, List.of(), List.of());

    public Icp {
        industries = withoutBlanks(industries);
        locations = withoutBlanks(locations);
        if (locations.isEmpty()) {
            locations = DEFAULT_LOCATIONS;
        }
        competitorDomains = withoutBlanks(competitorDomains);
        if (sizeMin < 0) {
            throw new IllegalArgumentException("sizeMin must not be negative, was " + sizeMin);
        }
        if (sizeMax < sizeMin) {
            throw new IllegalArgumentException("sizeMax " + sizeMax + " is below sizeMin " + sizeMin);
        }
    }

    /** A profile from what a tenant configured, where a {@code null} size takes its default. */
    public static Icp of(List<String> industries, Integer sizeMin, Integer sizeMax, List<String> locations,
                         List<String> competitorDomains) {
        return new Icp(industries,
                sizeMin == null ? DEFAULT_SIZE_MIN : sizeMin,
                sizeMax == null ? DEFAULT_SIZE_MAX : sizeMax,
                locations, competitorDomains);
    }

    public Icp withIndustries(List<String> industries) {
        return new Icp(industries, sizeMin, sizeMax, locations, competitorDomains);
    }

    public Icp withSize(int sizeMin, int sizeMax) {
        return new Icp(industries, sizeMin, sizeMax, locations, competitorDomains);
    }

    public Icp withLocations(List<String> locations) {
        return new Icp(industries, sizeMin, sizeMax, locations, competitorDomains);
    }

    public Icp withCompetitorDomains(List<String> competitorDomains) {
        return new Icp(industries, sizeMin, sizeMax, locations, competitorDomains);
    }

    public boolean coversIndustry(String industry) {
        if (Words.isBlank(industry)) {
            return false;
        }
        String wanted = normalise(industry);
        return industries.stream().map(Icp::normalise).anyMatch(wanted::equals);
    }

    public boolean coversEmployeeCount(Integer employeeCount) {
        return employeeCount != null && employeeCount >= sizeMin && employeeCount <= sizeMax;
    }

    public boolean coversCountry(String country) {
        return locations.stream().anyMatch(location -> Countries.same(location, country));
    }

    public boolean listsCompetitor(String companyDomain) {
        return competitorDomains.stream().anyMatch(competitor -> Domains.belongsTo(companyDomain, competitor));
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<String> withoutBlanks(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).filter(value -> !value.isBlank()).toList();
    }
}
