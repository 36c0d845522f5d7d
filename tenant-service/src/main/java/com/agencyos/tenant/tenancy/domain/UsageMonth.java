package com.agencyos.tenant.tenancy.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A calendar month in the tenant's own time zone: a Sydney tenant's November ends at midnight in Sydney, not in
 * UTC, so quotas reset when the customer expects them to.
 */
public record UsageMonth(YearMonth month, ZoneId zone) {

    public static UsageMonth containing(Instant instant, ZoneId zone) {
        return new UsageMonth(YearMonth.from(instant.atZone(zone)), zone);
    }

    /** The first instant of the month, inclusive. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next month, exclusive. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
