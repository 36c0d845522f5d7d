package com.agencyos.outreach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's time in the integration test: the real clock moved by an offset the test controls, so that time keeps
 * passing (timeouts, recovery ages) while the test decides which day and hour it is. It only ever starts ahead of the
 * real clock, so a row made due with the database's {@code now()} is due for the service as well.
 */
final class TestClock extends Clock {

    private static final Set<DayOfWeek> SYDNEY_WEEKDAY_MORNINGS = EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);

    private final AtomicReference<Duration> offset;

    private TestClock(Duration offset) {
        this.offset = new AtomicReference<>(offset);
    }

    /**
     * Starts at the next midnight UTC that opens a Tuesday to Friday: late morning of a weekday in Sydney (inside the
     * default window for hours) and the evening before in New York (outside a business-hours window there).
     */
    static TestClock atNextWeekdayMorningInSydney() {
        Instant real = Instant.now();
        LocalDate day = LocalDate.ofInstant(real, ZoneOffset.UTC).plusDays(1);
        while (!SYDNEY_WEEKDAY_MORNINGS.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return new TestClock(Duration.between(real, day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Moves the service's time forward (or back, to restore an earlier offset); emits the previous offset. */
    Duration advance(Duration by) {
        return offset.getAndUpdate(current -> current.plus(by));
    }

    void restore(Duration previous) {
        offset.set(previous);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("The service reads instants in UTC only");
    }
}
