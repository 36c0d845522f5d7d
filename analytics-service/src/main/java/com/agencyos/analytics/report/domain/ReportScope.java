package com.agencyos.analytics.report.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a report covers: one tenant (or, for a platform administrator, every tenant: {@code tenantId} null), the
 * days from {@code from} to {@code to} inclusive (UTC), and optionally one campaign.
 */
public record ReportScope(UUID tenantId, LocalDate from, LocalDate to, UUID campaignId) {

    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end, exclusive: the start of the day after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public long days() {
        return Duration.between(start(), end()).toDays();
    }

    /**
     * Reads the scope from request parameters; absent dates mean the {@value #DEFAULT_DAYS} days up to {@code today}.
     * Every bad value is reported at once.
     */
    public static ReportScope parse(UUID tenantId, String from, String to, String campaign, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate end = date("to", to, errors);
        LocalDate start = date("from", from, errors);
        if (end == null && !errors.containsKey("to")) {
            end = start == null ? today : start.plusDays(DEFAULT_DAYS - 1);
        }
        if (start == null && !errors.containsKey("from") && end != null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.put("from", "must not be after to");
            } else if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
                errors.put("to", "must be at most " + MAX_DAYS + " days after from");
            }
        }
        UUID campaignId = null;
        if (campaign != null && !campaign.isBlank()) {
            try {
                campaignId = UUID.fromString(campaign.trim());
            } catch (IllegalArgumentException e) {
                errors.put("campaign", "must be a campaign id (UUID)");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidReportRequest(errors);
        }
        return new ReportScope(tenantId, start, end, campaignId);
    }

    private static LocalDate date(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(name, "must be a date (YYYY-MM-DD)");
            return null;
        }
    }
}
