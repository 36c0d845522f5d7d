package com.agencyos.tenant.tenancy.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ICP as a client sent it, every field optional: a field left out keeps the value it is merged onto, so a
 * PATCH can change the industries alone. An empty {@code vendorWebsite} clears it.
 */
public record IcpForm(List<String> industries, Integer sizeMin, Integer sizeMax, List<String> locations,
        List<String> titles, List<String> competitorDomains, String vendorWebsite) {

    static final int MAX_ENTRIES = 50;
    static final int MAX_ENTRY_LENGTH = 100;
    static final int MAX_COMPANY_SIZE = 10_000_000;
    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    Icp mergeInto(Icp base, FieldErrors errors) {
        List<String> mergedIndustries = industries == null ? base.industries() : texts("icp.industries", industries, errors);
        List<String> mergedLocations = locations == null ? base.locations() : texts("icp.locations", locations, errors);
        List<String> mergedTitles = titles == null ? base.titles() : texts("icp.titles", titles, errors);
        List<String> mergedCompetitors = competitorDomains == null ? base.competitorDomains()
                : domains(competitorDomains, errors);
        int min = sizeMin == null ? base.sizeMin() : sizeMin;
        int max = sizeMax == null ? base.sizeMax() : sizeMax;
        if (min < 0) {
            errors.add("icp.sizeMin", "must not be negative");
        }
        if (max > MAX_COMPANY_SIZE) {
            errors.add("icp.sizeMax", "must be at most " + MAX_COMPANY_SIZE);
        }
        if (max < min && !errors.has("icp.sizeMin")) {
            errors.add("icp.sizeMax", "must not be below sizeMin (" + min + ")");
        }
        String website = vendorWebsite == null ? base.vendorWebsite() : website(vendorWebsite, errors);
        return new Icp(mergedIndustries, min, max, mergedLocations, mergedTitles, mergedCompetitors, website);
    }

    private static List<String> texts(String field, List<String> values, FieldErrors errors) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String text = value.trim().replaceAll("\\s+", " ");
            if (text.length() > MAX_ENTRY_LENGTH) {
                errors.add(field, "entries must be at most " + MAX_ENTRY_LENGTH + " characters");
            }
            cleaned.add(text);
        }
        if (cleaned.size() > MAX_ENTRIES) {
            errors.add(field, "must have at most " + MAX_ENTRIES + " entries");
        }
        return List.copyOf(cleaned);
    }

    private static List<String> domains(List<String> values, FieldErrors errors) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            String domain = domainOf(value);
            if (domain == null) {
                errors.add("icp.competitorDomains[" + i + "]", "must be a domain such as growthlabs.com.au");
            } else {
                cleaned.add(domain);
            }
        }
        if (cleaned.size() > MAX_ENTRIES) {
            errors.add("icp.competitorDomains", "must have at most " + MAX_ENTRIES + " entries");
        }
        return new ArrayList<>(cleaned);
    }

    /** {@code https://www.GrowthLabs.com.au/about} → {@code growthlabs.com.au}; null when it is not a domain. */
    static String domainOf(String value) {
        String host = value.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
        return HOSTNAME.matcher(host).matches() ? host : null;
    }

    private static String website(String value, FieldErrors errors) {
        String url = value.trim();
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() > 2048 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add("icp.vendorWebsite", "must be an http or https address such as https://acmeagency.com.au");
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            errors.add("icp.vendorWebsite", "must be an http or https address such as https://acmeagency.com.au");
            return null;
        }
    }
}
