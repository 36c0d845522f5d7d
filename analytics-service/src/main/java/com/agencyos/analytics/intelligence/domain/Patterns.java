package com.agencyos.analytics.intelligence.domain;

import com.agencyos.analytics.report.domain.Rates;
import com.agencyos.analytics.report.domain.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * WHEN, HOW and WHAT convert: reply and meeting rates of sent touches by weekday and hour, by channel sequence, and
 * by subject and body features. A bucket with fewer touches (or, for sequences, enrolments) than the minimum sample
 * is withheld, and only counted.
 */
public record Patterns(List<Bucket> when, List<Bucket> how, List<Bucket> what, int minSample, int withheld) {

    private static final Pattern WORD = Pattern.compile("\\S+");

    public Patterns {
        when = List.copyOf(when);
        how = List.copyOf(how);
        what = List.copyOf(what);
    }

    /**
     * @param dimension e.g. {@code weekday}, {@code hour}, {@code sequence}, {@code subjectLength}
     * @param sample touches, or enrolments for sequences
     */
    public record Bucket(String dimension, String bucket, long sample, long replies, Double replyRate, long meetings,
            Double meetingRate) {
    }

    /**
     * One touch really sent, and what followed it.
     *
     * @param zone the time zone its timing is read in
     * @param personalised whether its subject or body names the lead or the lead's company
     * @param leadConverted whether the lead booked a meeting at all, which the sequence it belongs to is credited with
     */
    public record SentTouch(UUID enrollmentId, int step, String channel, Instant sentAt, ZoneId zone, String subject,
            String body, boolean personalised, boolean replied, boolean meeting, boolean leadConverted) {
    }

    /**
     * Every bucket shown, WHEN then HOW then WHAT, one row each, for CSV export; withheld buckets are not rows, as they
     * are not in the JSON answer either.
     */
    public Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (var section : List.of(Map.entry("when", when), Map.entry("how", how), Map.entry("what", what))) {
            for (Bucket b : section.getValue()) {
                rows.add(List.of(section.getKey(), b.dimension(), b.bucket(), b.sample(), b.replies(), cell(b.replyRate()),
                        b.meetings(), cell(b.meetingRate())));
            }
        }
        return new Table(List.of("pattern", "dimension", "bucket", "sample", "replies", "replyRate", "meetings",
                "meetingRate"), rows);
    }

    private static Object cell(Double rate) {
        return rate == null ? "" : rate;
    }

    public static Patterns of(List<SentTouch> touches, int minSample) {
        Map<String, long[]> when = new TreeMap<>();
        Map<String, long[]> what = new TreeMap<>();
        Map<UUID, List<SentTouch>> enrolments = new TreeMap<>();
        for (SentTouch touch : touches) {
            ZonedDateTime local = touch.sentAt().atZone(touch.zone());
            DayOfWeek day = local.getDayOfWeek();
            count(when, "weekday|" + day.getValue() + " " + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), touch);
            count(when, "hour|" + String.format(Locale.ROOT, "%02d", local.getHour()), touch);
            if (touch.subject() != null) {
                count(what, "subjectLength|" + band(touch.subject().length(), 30, 50, 70) + " chars", touch);
                count(what, "questionInSubject|" + (touch.subject().contains("?") ? "yes" : "no"), touch);
            }
            count(what, "personalised|" + (touch.personalised() ? "yes" : "no"), touch);
            if (touch.body() != null) {
                count(what, "bodyWords|" + band(WORD.matcher(touch.body()).results().count(), 50, 100, 150) + " words",
                        touch);
            }
            if (touch.enrollmentId() != null) {
                enrolments.computeIfAbsent(touch.enrollmentId(), id -> new ArrayList<>()).add(touch);
            }
        }
        Map<String, long[]> how = new TreeMap<>();
        for (List<SentTouch> sequence : enrolments.values()) {
            sequence.sort(Comparator.comparingInt(SentTouch::step).thenComparing(SentTouch::sentAt));
            String channels = String.join(">", sequence.stream().map(SentTouch::channel).toList());
            long[] totals = how.computeIfAbsent("sequence|" + channels, key -> new long[3]);
            totals[0]++;
            totals[1] += sequence.stream().anyMatch(SentTouch::replied) ? 1 : 0;
            totals[2] += sequence.stream().anyMatch(SentTouch::leadConverted) ? 1 : 0;
        }
        int[] withheld = new int[1];
        return new Patterns(buckets(when, minSample, withheld), buckets(how, minSample, withheld),
                buckets(what, minSample, withheld), minSample, withheld[0]);
    }

    private static void count(Map<String, long[]> buckets, String key, SentTouch touch) {
        long[] totals = buckets.computeIfAbsent(key, k -> new long[3]);
        totals[0]++;
        totals[1] += touch.replied() ? 1 : 0;
        totals[2] += touch.meeting() ? 1 : 0;
    }

    private static String band(long value, long... upper) {
        long lower = 0;
        for (long bound : upper) {
            if (value <= bound) {
                return lower + "-" + bound;
            }
            lower = bound + 1;
        }
        return lower + "+";
    }

    private static List<Bucket> buckets(Map<String, long[]> counted, int minSample, int[] withheld) {
        List<Bucket> shown = new ArrayList<>();
        counted.forEach((key, totals) -> {
            if (totals[0] < minSample) {
                withheld[0]++;
                return;
            }
            String[] parts = key.split("\\|", 2);
            shown.add(new Bucket(parts[0], parts[1], totals[0], totals[1], Rates.of(totals[1], totals[0]), totals[2],
                    Rates.of(totals[2], totals[0])));
        });
        return shown;
    }
}
