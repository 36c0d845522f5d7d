package com.agencyos.analytics.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

    static final ReportScope MARCH = new ReportScope(UUID.randomUUID(), LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-03-30"), null);
    static final UUID SPRING = UUID.fromString("c4a1e2b3-7d6f-4a58-9b0c-3e2f1d0c0b01");

    @Test
    void theFunnelGivesEachStageAsAShareOfTheOneBeforeAndOfTheLeadsCaptured() {
        Funnel funnel = Funnel.of(MARCH, List.of(
                Funnel.Stages.of(SPRING, List.of(100L, 90L, 80L, 40L, 40L, 10L, 4L, 2L)),
                Funnel.Stages.of(null, List.of(100L, 50L, 0L, 0L, 0L, 0L, 0L, 0L))));

        assertThat(funnel.total().counts()).containsExactly(200L, 140L, 80L, 40L, 40L, 10L, 4L, 2L);
        assertThat(funnel.campaigns().getFirst().stepRates()).containsExactly(null, 0.9, 0.8889, 0.5, 1.0, 0.25, 0.4,
                0.5);
        assertThat(funnel.total().overallRates().getLast()).isEqualTo(0.01);
        assertThat(funnel.campaigns().get(1).stepRates().get(3)).as("nothing scored, so no rate").isNull();
        assertThat(funnel.table().csv()).contains("\r\nnone,100,50,0,0,0,0,0,0,0.5,0.0,,,,,,0.0\r\n")
                .endsWith("\r\nall,200,140,80,40,40,10,4,2,0.7,0.5714,0.5,1.0,0.25,0.4,0.5,0.01\r\n");
    }

    @Test
    void csvQuotesWhatWouldBreakALineAndDisarmsSpreadsheetFormulas() {
        Table table = new Table(List.of("name", "note"), List.of(
                List.of("Acme, Pty \"Ltd\"", "line one\nline two"),
                List.of("=HYPERLINK(\"x\")", -3)));

        assertThat(table.csv()).isEqualTo("name,note\r\n\"Acme, Pty \"\"Ltd\"\"\",\"line one\nline two\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-3\r\n");
    }

    @Test
    void channelsAreSummedOverTheirStepsAndVariants() {
        ChannelPerformance report = ChannelPerformance.of(MARCH, List.of(
                ChannelPerformance.Row.of("email", 1, "a", 100, 10, 4, 2),
                ChannelPerformance.Row.of("email", 1, "b", 100, 20, 6, 1),
                ChannelPerformance.Row.of("sms", 2, "", 50, 5, 0, 0)));

        assertThat(report.channels()).containsExactly(ChannelPerformance.Row.of("email", null, null, 200, 30, 10, 3),
                ChannelPerformance.Row.of("sms", null, null, 50, 5, 0, 0));
        assertThat(report.rows().get(1).replyRate()).isEqualTo(0.2);
        assertThat(report.channels().getFirst().meetingRate()).isEqualTo(0.015);
        assertThat(report.table().csv()).contains("\r\nemail,all,all,200,30,0.15,10,0.05,3,0.015\r\n");
    }

    @Test
    void costsUseWhatEventsReportAndPriceOnlyWhatTheyLeaveUnpriced() {
        CostReport.Usage usage = new CostReport.Usage(
                List.of(new CostReport.Priced("email", 10, 0, 10), new CostReport.Priced("sms", 4, 200_000, 2),
                        new CostReport.Priced("voice", 1, 0, 1)),
                List.of(new CostReport.Priced("apollo", 3, 90_000, 0), new CostReport.Priced("hunter", 2, 0, 2)),
                2, 5, 1, 10, 2);
        UnitCosts costs = new UnitCosts(Map.of("email", 1_000L, "sms", 80_000L), 60_000, 2.0, 30_000_000,
                Map.of("hunter", 15_000L), 50_000, 1_000);

        CostReport report = CostReport.of(MARCH, usage, costs);

        assertThat(report.lines()).extracting(CostReport.Line::item, CostReport.Line::totalMicros).containsExactly(
                org.assertj.core.groups.Tuple.tuple("email", 10_000L),
                org.assertj.core.groups.Tuple.tuple("sms", 360_000L),
                org.assertj.core.groups.Tuple.tuple("voice", 120_000L),
                org.assertj.core.groups.Tuple.tuple("linkedin", 30_000_000L),
                org.assertj.core.groups.Tuple.tuple("apollo", 90_000L),
                org.assertj.core.groups.Tuple.tuple("hunter", 30_000L),
                org.assertj.core.groups.Tuple.tuple("llm_playbook", 100_000L),
                org.assertj.core.groups.Tuple.tuple("llm_reply_classification", 5_000L));
        assertThat(report.totalMicros()).isEqualTo(30_715_000L);
        assertThat(report.totalAud()).isEqualByComparingTo("30.715");
        assertThat(report.perLeadAud()).isEqualTo(new BigDecimal("3.07"));
        assertThat(report.perMeetingAud()).isEqualTo(new BigDecimal("15.36"));
    }

    @Test
    void withoutLeadsOrMeetingsThereIsNoCostPerLeadOrMeeting() {
        CostReport report = CostReport.of(MARCH, new CostReport.Usage(List.of(), List.of(), 0, 0, 0, 0, 0),
                UnitCosts.defaults());

        assertThat(report.totalMicros()).isZero();
        assertThat(report.perLeadAud()).isNull();
        assertThat(report.perMeetingAud()).isNull();
        assertThat(report.table().csv()).contains("\r\nper_lead,0 leads,,,,\r\n");
    }

    @Test
    void tiersAreCountedPerDayInTheirOrder() {
        LocalDate monday = LocalDate.parse("2025-03-10");
        TierDistribution report = TierDistribution.of(MARCH, List.of(
                new TierDistribution.Count(monday, "hot", 3), new TierDistribution.Count(monday, "cold", 1),
                new TierDistribution.Count(monday.plusDays(1), "warm", 2)));

        assertThat(report.days()).hasSize(2);
        assertThat(report.table().csv()).isEqualTo("day,hot,warm,cool,cold,dead\r\n2025-03-10,3,0,0,1,0\r\n"
                + "2025-03-11,0,2,0,0,0\r\n");
    }

    @Test
    void intentsAreSharesOfAllReplies() {
        IntentBreakdown report = IntentBreakdown.of(MARCH, List.of(new IntentBreakdown.Count("interested", 3),
                new IntentBreakdown.Count("out_of_office", 1)));

        assertThat(report.replies()).isEqualTo(4);
        assertThat(report.intents()).extracting(IntentBreakdown.Intent::share).containsExactly(0.75, 0.25);
    }
}
