package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a campaign may touch people: business days and hours in one time zone (the recipients', usually).
 * The window is half-open, {@code [start, end)}, and does not cross midnight.
 */
public record SendingWindow(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public static final SendingWindow DEFAULT = new SendingWindow(ZoneId.of("Australia/Sydney"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    /**
     * Open every day around the clock: the built-in campaigns' window, so that a tenant that configured nothing gets its
     * drafts at once. The end is the last microsecond of the day because the database keeps times to the microsecond.
     */
    public static final SendingWindow ALWAYS = new SendingWindow(ZoneId.of("UTC"), EnumSet.allOf(DayOfWeek.class),
            LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000));

    public SendingWindow {
        Objects.requireNonNull(zone, "zone");
        require(days != null && !days.isEmpty(), "settings.sendingWindow.days", "needs at least one day");
        require(start != null && end != null, "settings.sendingWindow", "needs a start and an end");
        require(start.isBefore(end), "settings.sendingWindow.end", "must be after the start (the same day)");
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** The instant itself when it is inside the window, otherwise the next opening of the window. */
    public Instant nextOpening(Instant from) {
        if (contains(from)) {
            return from;
        }
        ZonedDateTime local = from.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(start)) {
            day = day.plusDays(1);
        }
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(start).atZone(zone).toInstant();
    }
}
