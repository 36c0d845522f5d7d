package com.agencyos.ingest.reply.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day an out-of-office sender says they are back, resolved against the day the reply arrived.
 *
 * <p>Only a date tied to an absence keyword counts ("back on 3 December", "until Monday 5th Jan", "returning
 * 12/01/2027", "back in two weeks"), so a date mentioned for another reason is not mistaken for the return.
 * When several are tied, "back"/"return" beats "until", which beats the end of a range or a duration; within
 * the same strength the latest date wins, because a sender who says "until the 10th, back on the 13th" is back on
 * the 13th. "Until X" is read as X: people use it for the day they are back as often as for their last day away.
 *
 * <p>Conventions, because replies come mostly from Australia: numeric dates are day-first (12/01 is 12 January)
 * unless only the other reading is possible (01/25); a date without a year that would lie before the reply is
 * next year's (a reply of 20 December saying "back 5 Jan" means January of the following year); a bare weekday
 * is its next occurrence after the reply; "next Friday" is the Friday of next week; "next week" is its Monday.
 * Vague statements (a month alone, "after Easter", "further notice") give nothing.
 */
public final class ReturnDateParser {

    private static final String WEEKDAY =
            "(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)";
    private static final String MONTH = "(january|february|march|april|june|july|august|september|october|november"
            + "|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
            + "|décembre|januar|februar|märz|maerz|juni|juli|oktober|dezember"
            + "|janv|févr|fevr|avr|juil|déc|jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th|er|e)?";
    private static final String NUMBER_WORD = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of|\\d{1,2})";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d:.$])(?<!\\bat )(\\d{1,2})([/.])(\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?(?![\\d:]|\\.\\d|\\s?(?:am|pm|h\\b))");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(\\d{1,2})" + ORDINAL + "\\.?(?:\\s+of)?\\s+" + MONTH
                    + "(?:,?\\s+(\\d{4}))?(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})" + ORDINAL + "\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "\\b(?:(next|this|on)\\s+)?" + WEEKDAY + "\\b(?!,?\\s+(?:the\\s+)?\\d)");
    private static final Pattern TOMORROW = Pattern.compile("\\b(the day after tomorrow|tomorrow|tmrw|tmr|tomoz|today)\\b");
    private static final Pattern NEXT_PERIOD = Pattern.compile("\\b(?:next|the following)\\s+(week|month)\\b");
    private static final Pattern IN_PERIOD = Pattern.compile(
            "\\b(in|for(?:\\s+the\\s+next)?|next)\\s+" + NUMBER_WORD + "\\s+(days?|weeks?|fortnights?|months?)\\b");

    private static final Pattern RETURN_KEYWORD = Pattern.compile(
            "\\b(back|return|returns|returning|reopen|reopens|reopening|resume|resumes|resuming|in the office"
                    + "|at my desk)\\b");
    private static final Pattern UNTIL_KEYWORD = Pattern.compile(
            "(?<![\\p{L}])(until|untill|till|til|'til|through|thru|jusqu'au|jusqu’au|jusqu'à|bis|after)\\b");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|-|–|—|until|till)\\s*$");
    private static final int MAX_ANCHOR_GAP = 30;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2),
            Map.entry("avr", 4), Map.entry("juil", 7), Map.entry("déc", 12), Map.entry("januar", 1), Map.entry("janvier", 1),
            Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("märz", 3), Map.entry("maerz", 3),
            Map.entry("apr", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("juillet", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("oct", 10), Map.entry("octobre", 10), Map.entry("oktober", 10),
            Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("dec", 12), Map.entry("décembre", 12), Map.entry("dezember", 12));
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a couple of", 2),
            Map.entry("couple of", 2));

    private ReturnDateParser() {
    }

    /** The stated return date, or empty when the text states none that can be pinned to a day. */
    public static Optional<LocalDate> parse(String text, LocalDate receivedOn) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        List<Mention> mentions = mentions(lower, receivedOn);
        return mentions.stream()
                .map(mention -> anchored(lower, mention, mentions))
                .filter(candidate -> candidate.strength() > 0 && !candidate.date().isBefore(receivedOn))
                .max(Comparator.comparingInt(Candidate::strength).thenComparing(Candidate::date))
                .map(Candidate::date);
    }

    private record Mention(int start, int end, LocalDate date, boolean duration) {
    }

    private record Candidate(LocalDate date, int strength) {
    }

    private static Candidate anchored(String text, Mention mention, List<Mention> all) {
        String before = text.substring(Math.max(0, mention.start() - MAX_ANCHOR_GAP - 20), mention.start());
        int strength = keywordStrengthAtEnd(before, RETURN_KEYWORD, 3);
        strength = Math.max(strength, keywordStrengthAtEnd(before, UNTIL_KEYWORD, 2));
        if (strength == 0 && endsARange(text, mention, all)) {
            strength = 1;
        }
        if (strength == 0 && mention.duration()) {
            strength = 1;
        }
        return new Candidate(mention.date(), strength);
    }

    /** The keyword must sit shortly before the date with no sentence break between them. */
    private static int keywordStrengthAtEnd(String before, Pattern keyword, int strength) {
        Matcher matcher = keyword.matcher(before);
        int lastEnd = -1;
        while (matcher.find()) {
            lastEnd = matcher.end();
        }
        if (lastEnd < 0) {
            return 0;
        }
        String gap = before.substring(lastEnd);
        return gap.length() <= MAX_ANCHOR_GAP && !gap.matches(".*[.!?;:].*") ? strength : 0;
    }

    private static boolean endsARange(String text, Mention mention, List<Mention> all) {
        return all.stream().anyMatch(other -> other.end() <= mention.start()
                && RANGE_JOIN.matcher(text.substring(other.end(), mention.start())).matches());
    }

    private static List<Mention> mentions(String text, LocalDate receivedOn) {
        List<Mention> found = new ArrayList<>();
        addAll(found, ISO.matcher(text), m -> date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
        addAll(found, DAY_MONTH.matcher(text), m -> dayMonth(m.group(2), month(m.group(3)), m.group(4), receivedOn));
        addAll(found, MONTH_DAY.matcher(text), m -> dayMonth(m.group(3), month(m.group(2)), m.group(4), receivedOn));
        addAll(found, NUMERIC.matcher(text), m -> numeric(m, receivedOn));
        addAll(found, DAY_OF_MONTH.matcher(text), m -> dayOfMonth(Integer.parseInt(m.group(2)), receivedOn));
        addAll(found, WEEKDAY_ALONE.matcher(text), m -> weekday(m.group(1), m.group(2), receivedOn));
        addAll(found, TOMORROW.matcher(text), m -> switch (m.group(1)) {
            case "today" -> Optional.of(receivedOn);
            case "the day after tomorrow" -> Optional.of(receivedOn.plusDays(2));
            default -> Optional.of(receivedOn.plusDays(1));
        });
        addAll(found, NEXT_PERIOD.matcher(text), m -> Optional.of(m.group(1).equals("week")
                ? receivedOn.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : receivedOn.with(TemporalAdjusters.firstDayOfNextMonth())));
        Matcher periods = IN_PERIOD.matcher(text);
        while (periods.find()) {
            if (overlapsAny(found, periods.start(), periods.end())) {
                continue;
            }
            boolean duration = !periods.group(1).equals("in");
            after(periods.group(2), periods.group(3), receivedOn)
                    .ifPresent(date -> found.add(new Mention(periods.start(), periods.end(), date, duration)));
        }
        return found;
    }

    private interface Resolver {
        Optional<LocalDate> resolve(Matcher matcher);
    }

    /** Earlier, more specific patterns win: a span already read as a date is not read again by a looser one. */
    private static void addAll(List<Mention> found, Matcher matcher, Resolver resolver) {
        while (matcher.find()) {
            if (overlapsAny(found, matcher.start(), matcher.end())) {
                continue;
            }
            resolver.resolve(matcher).ifPresent(date -> found.add(new Mention(matcher.start(), matcher.end(), date, false)));
        }
    }

    private static boolean overlapsAny(List<Mention> found, int start, int end) {
        return found.stream().anyMatch(mention -> start < mention.end() && mention.start() < end);
    }

    private static int month(String name) {
        String key = name.replace(".", "");
        return MONTHS.getOrDefault(key, MONTHS.get(key.substring(0, 3)));
    }

    private static Optional<LocalDate> dayMonth(String day, int month, String year, LocalDate receivedOn) {
        int dayOfMonth = Integer.parseInt(day);
        if (year != null) {
            return date(Integer.parseInt(year), month, dayOfMonth);
        }
        return withoutYear(month, dayOfMonth, receivedOn);
    }

    private static Optional<LocalDate> numeric(Matcher matcher, LocalDate receivedOn) {
        int first = Integer.parseInt(matcher.group(1));
        int second = Integer.parseInt(matcher.group(3));
        int day = first;
        int month = second;
        // Month-first only for slashes: 8.30 is half past eight, never the 30th of August.
        if (second > 12 && first <= 12 && matcher.group(2).equals("/")) {
            day = second;
            month = first;
        }
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        String year = matcher.group(4);
        if (year == null) {
            return withoutYear(month, day, receivedOn);
        }
        int fullYear = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        return date(fullYear, month, day);
    }

    private static Optional<LocalDate> withoutYear(int month, int day, LocalDate receivedOn) {
        Optional<LocalDate> thisYear = date(receivedOn.getYear(), month, day);
        if (thisYear.isPresent() && !thisYear.get().isBefore(receivedOn)) {
            return thisYear;
        }
        return date(receivedOn.getYear() + 1, month, day);
    }

    private static Optional<LocalDate> dayOfMonth(int day, LocalDate receivedOn) {
        LocalDate month = receivedOn.withDayOfMonth(1);
        for (int i = 0; i < 3; i++, month = month.plusMonths(1)) {
            Optional<LocalDate> candidate = date(month.getYear(), month.getMonthValue(), day);
            if (candidate.isPresent() && !candidate.get().isBefore(receivedOn)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> weekday(String qualifier, String name, LocalDate receivedOn) {
        DayOfWeek day = switch (name.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
        if ("next".equals(qualifier)) {
            return Optional.of(receivedOn.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day)));
        }
        return Optional.of(receivedOn.with(TemporalAdjusters.next(day)));
    }

    private static Optional<LocalDate> after(String amount, String unit, LocalDate receivedOn) {
        Integer count = NUMBER_WORDS.get(amount);
        int n = count != null ? count : Integer.parseInt(amount);
        if (unit.startsWith("day")) {
            return Optional.of(receivedOn.plusDays(n));
        }
        if (unit.startsWith("week")) {
            return Optional.of(receivedOn.plusWeeks(n));
        }
        if (unit.startsWith("fortnight")) {
            return Optional.of(receivedOn.plusWeeks(2L * n));
        }
        return Optional.of(receivedOn.plusMonths(n));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
