package com.agencyos.enrichment.lead.domain;

import java.time.LocalDate;
import java.util.List;

/** A field of {@code lead.enriched} that a source can supply; the path is the provenance key in the event. */
public enum Field {
    EMAIL("contact.email", String.class),
    FIRST_NAME("contact.firstName", String.class),
    LAST_NAME("contact.lastName", String.class),
    TITLE("contact.title", String.class),
    PHONE("contact.phone", String.class),
    LINKEDIN_URL("contact.linkedinUrl", String.class),
    CONTACT_COUNTRY("contact.country", String.class),
    EMAIL_VERIFIED("contact.emailVerified", Boolean.class),
    EMPLOYMENT_START_DATE("contact.employmentStartDate", LocalDate.class),
    COMPANY_NAME("company.name", String.class),
    COMPANY_DOMAIN("company.domain", String.class),
    WEBSITE("company.website", String.class),
    DESCRIPTION("company.description", String.class),
    INDUSTRY("company.industry", String.class),
    EMPLOYEE_COUNT("company.employeeCount", Integer.class),
    COMPANY_COUNTRY("company.country", String.class),
    CITY("company.city", String.class),
    HIRING("company.hiring", Boolean.class),
    LATEST_FUNDING_DATE("company.latestFundingDate", LocalDate.class),
    TECHNOLOGIES("company.technologies", List.class),
    WEBSITE_REACHABLE("company.websiteReachable", Boolean.class),
    COMPANY_LINKEDIN_URL("company.linkedinUrl", String.class),
    DOMAIN_RANK("webPresence.domainRank", Integer.class),
    ORGANIC_TRAFFIC("webPresence.organicTraffic", Double.class),
    TOP10_KEYWORDS("webPresence.top10Keywords", Integer.class),
    SPAM_SCORE("webPresence.spamScore", Double.class);

    private final String path;
    private final Class<?> type;

    Field(String path, Class<?> type) {
        this.path = path;
        this.type = type;
    }

    public String path() {
        return path;
    }

    public static Field ofPath(String path) {
        for (Field field : values()) {
            if (field.path.equals(path)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown field " + path);
    }

    /**
     * The value in this field's Java type, whatever JSON made of it (a cached answer comes back as numbers, strings
     * and lists); null for a blank or unusable value, so nobody records provenance for nothing.
     */
    public Object coerce(Object raw) {
        if (raw == null) {
            return null;
        }
        if (type == String.class) {
            String text = raw.toString().trim();
            return text.isEmpty() ? null : text;
        }
        if (type == Integer.class) {
            return raw instanceof Number n ? Integer.valueOf(n.intValue()) : parseOrNull(raw.toString(), Integer::valueOf);
        }
        if (type == Double.class) {
            return raw instanceof Number n ? Double.valueOf(n.doubleValue()) : parseOrNull(raw.toString(), Double::valueOf);
        }
        if (type == Boolean.class) {
            return raw instanceof Boolean b ? b : Boolean.valueOf(raw.toString());
        }
        if (type == LocalDate.class) {
            return raw instanceof LocalDate d ? d : parseOrNull(raw.toString(), LocalDate::parse);
        }
        if (raw instanceof List<?> list) {
            List<String> items = list.stream().filter(item -> item != null).map(Object::toString).distinct().toList();
            return items.isEmpty() ? null : items;
        }
        return null;
    }

    private static <T> T parseOrNull(String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
