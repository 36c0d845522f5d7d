package com.agencyos.ingest.reply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReturnDateParserTest {

    private static final LocalDate WEDNESDAY_12_MARCH_2025 = LocalDate.of(2025, 3, 12);

    @ParameterizedTest(name = "\"{0}\" received {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm out of the office and back on 3 December.                     | 2025-11-25 | 2025-12-03
            I am away over the holidays, returning 12/01/2027.                 | 2026-12-23 | 2027-01-12
            Out of office: I am on leave until Monday 5th Jan.                 | 2025-12-22 | 2026-01-05
            I'm on leave and will return on 7/10.                              | 2025-09-29 | 2025-10-07
            Thanks for getting in touch. I'm on leave until 2025-08-18.        | 2025-08-04 | 2025-08-18
            I'm on leave until January 13 and won't be checking email.         | 2025-12-18 | 2026-01-13
            Travelling overseas and back on 1.11.2025.                         | 2025-10-15 | 2025-11-01
            Please note I will be returning to the office on the 2nd of April. | 2025-03-24 | 2025-04-02
            Je suis absent jusqu'au 5 janvier.                                 | 2025-12-24 | 2026-01-05
            Ich bin bis 10.03.2025 nicht im Büro.                              | 2025-03-03 | 2025-03-10
            """)
    void readsAnAbsoluteReturnDate(String text, LocalDate receivedOn, LocalDate expected) {
        assertThat(ReturnDateParser.parse(text, receivedOn)).contains(expected);
    }

    @Test
    void readsNumericDatesDayFirstAsAustraliansWriteThem() {
        assertThat(ReturnDateParser.parse("back 2/12", LocalDate.of(2025, 11, 20))).contains(LocalDate.of(2025, 12, 2));
        assertThat(ReturnDateParser.parse("returning 12/01/2027", WEDNESDAY_12_MARCH_2025)).contains(LocalDate.of(2027, 1, 12));
    }

    @Test
    void fallsBackToMonthFirstWhenDayFirstIsImpossible() {
        assertThat(ReturnDateParser.parse("returning 01/25/2027", WEDNESDAY_12_MARCH_2025)).contains(LocalDate.of(2027, 1, 25));
    }

    @Test
    void rollsADateWithoutYearIntoNextYearWhenItWouldBeInThePast() {
        LocalDate thirtiethDecember = LocalDate.of(2025, 12, 30);

        assertThat(ReturnDateParser.parse("back 2 Jan", thirtiethDecember)).contains(LocalDate.of(2026, 1, 2));
        assertThat(ReturnDateParser.parse("back 31 December", thirtiethDecember)).contains(LocalDate.of(2025, 12, 31));
        assertThat(ReturnDateParser.parse("Currently OOO, back on the 4th", LocalDate.of(2025, 12, 29)))
                .contains(LocalDate.of(2026, 1, 4));
    }

    @ParameterizedTest(name = "\"{0}\" received Wednesday 12 March 2025 -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'll be back next week.                      | 2025-03-17
            I'm travelling and will be back in two weeks. | 2025-03-26
            Sick today, will return tomorrow.            | 2025-03-13
            Back in a fortnight.                         | 2025-03-26
            I'll be back in a couple of weeks.           | 2025-03-26
            back online in 2 days                        | 2025-03-14
            Gone fishing. Back Monday.                   | 2025-03-17
            I'll be back Friday.                         | 2025-03-14
            I'm off until next Wednesday.                | 2025-03-19
            I'm away on leave until the 14th.            | 2025-03-14
            I'm on leave for the next three weeks.       | 2025-04-02
            """)
    void resolvesARelativeReturnDateAgainstTheDayTheReplyArrived(String text, LocalDate expected) {
        assertThat(ReturnDateParser.parse(text, WEDNESDAY_12_MARCH_2025)).contains(expected);
    }

    @Test
    void prefersTheDateSaidToBeTheReturnOverOtherDates() {
        assertThat(ReturnDateParser.parse("I'm on leave for the next two weeks. Back 17 Nov.", LocalDate.of(2025, 11, 3)))
                .contains(LocalDate.of(2025, 11, 17));
        assertThat(ReturnDateParser.parse("I'll be out of the office from 14/04 and return on 22/04.", LocalDate.of(2025, 4, 11)))
                .contains(LocalDate.of(2025, 4, 22));
        assertThat(ReturnDateParser.parse("I'm on leave until 10 Jan, back in the office on 13 Jan.", LocalDate.of(2025, 12, 19)))
                .contains(LocalDate.of(2026, 1, 13));
    }

    @Test
    void takesTheEndOfAnAbsenceRange() {
        assertThat(ReturnDateParser.parse("I'm out of the office Monday 3 March to Friday 7 March.", LocalDate.of(2025, 3, 3)))
                .contains(LocalDate.of(2025, 3, 7));
    }

    @Test
    void ignoresDatesThatAreNotAboutComingBack() {
        assertThat(ReturnDateParser.parse("I'm out of the office. For anything before 5 December call Sam on 0400 111 222.",
                LocalDate.of(2025, 11, 28))).isEmpty();
        assertThat(ReturnDateParser.parse("Out of office. Our Christmas party is on 12/12.", LocalDate.of(2025, 11, 28))).isEmpty();
    }

    @Test
    void ignoresATimeOfDayThatLooksLikeADate() {
        assertThat(ReturnDateParser.parse("I'm back tomorrow at 8.30.", WEDNESDAY_12_MARCH_2025)).contains(LocalDate.of(2025, 3, 13));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I'm on parental leave until August.
            Out of office until further notice.
            Unfortunately I'm away from my desk until after the Easter long weekend.
            I'm out sick. I'll respond once I'm back.
            I'm currently out of the office with no set return date.
            """)
    void findsNothingWhenNoDayIsStated(String text) {
        assertThat(ReturnDateParser.parse(text, WEDNESDAY_12_MARCH_2025)).isEmpty();
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(ReturnDateParser.parse("", WEDNESDAY_12_MARCH_2025)).isEmpty();
        assertThat(ReturnDateParser.parse(null, WEDNESDAY_12_MARCH_2025)).isEmpty();
    }
}
