package com.agencyos.analytics.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a period cost in AUD, per line (channel touches, LinkedIn seats, enrichment providers, AI), per lead captured
 * and per meeting booked.
 */
public record CostReport(ReportScope scope, List<Line> lines, long totalMicros, BigDecimal totalAud, long leads,
        BigDecimal perLeadAud, long meetings, BigDecimal perMeetingAud) {

    public CostReport {
        lines = List.copyOf(lines);
    }

    /**
     * @param reportedMicros what the events said it cost
     * @param estimatedMicros what the unit costs add for what the events left unpriced
     */
    public record Line(String category, String item, double quantity, long reportedMicros, long estimatedMicros,
            BigDecimal totalAud) {

        Line(String category, String item, double quantity, long reportedMicros, long estimatedMicros) {
            this(category, item, quantity, reportedMicros, estimatedMicros, aud(reportedMicros + estimatedMicros));
        }

        public long totalMicros() {
            return reportedMicros + estimatedMicros;
        }
    }

    /** What the store counted; each cost is in micro-AUD. */
    public record Usage(List<Priced> touches, List<Priced> enrichmentCalls, long llmPlaybooks, long llmReplies,
            long linkedinSeats, long leads, long meetings) {

        public Usage {
            touches = List.copyOf(touches);
            enrichmentCalls = List.copyOf(enrichmentCalls);
        }
    }

    /** @param unpriced how many of them reported no cost of their own */
    public record Priced(String item, long count, long reportedMicros, long unpriced) {
    }

    public static CostReport of(ReportScope scope, Usage usage, UnitCosts costs) {
        List<Line> lines = new ArrayList<>();
        for (Priced touch : usage.touches()) {
            lines.add(new Line("touch", touch.item(), touch.count(), touch.reportedMicros(),
                    touch.unpriced() * costs.perTouch(touch.item())));
        }
        if (usage.linkedinSeats() > 0 && costs.linkedinSeatMonthMicros() > 0) {
            double seatMonths = usage.linkedinSeats() * scope.days() / 30.0;
            lines.add(new Line("seat", "linkedin", seatMonths, 0,
                    Math.round(seatMonths * costs.linkedinSeatMonthMicros())));
        }
        for (Priced call : usage.enrichmentCalls()) {
            lines.add(new Line("enrichment", call.item(), call.count(), call.reportedMicros(),
                    call.unpriced() * costs.enrichmentCallMicros().getOrDefault(call.item(), 0L)));
        }
        lines.add(new Line("ai", "llm_playbook", usage.llmPlaybooks(), 0, usage.llmPlaybooks() * costs.llmPlaybookMicros()));
        lines.add(new Line("ai", "llm_reply_classification", usage.llmReplies(), 0,
                usage.llmReplies() * costs.llmReplyMicros()));
        long total = lines.stream().mapToLong(Line::totalMicros).sum();
        return new CostReport(scope, lines, total, aud(total), usage.leads(), per(total, usage.leads()),
                usage.meetings(), per(total, usage.meetings()));
    }

    /** The total shared out, to the cent; null when there is nothing to share it among. */
    private static BigDecimal per(long totalMicros, long count) {
        return count == 0 ? null : aud(totalMicros).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Micro-AUD as AUD: at least cents, more places only when a unit cost has them. */
    static BigDecimal aud(long micros) {
        BigDecimal exact = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        return exact.scale() < 2 ? exact.setScale(2, RoundingMode.UNNECESSARY) : exact;
    }

    public Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(List.of(line.category(), line.item(), line.quantity(), aud(line.reportedMicros()),
                    aud(line.estimatedMicros()), line.totalAud()));
        }
        List<Object> total = new ArrayList<>(List.of("total", "all", "", "", "", totalAud));
        rows.add(total);
        List<Object> perLead = new ArrayList<>(List.of("per_lead", leads + " leads", "", "", ""));
        perLead.add(perLeadAud);
        rows.add(perLead);
        List<Object> perMeeting = new ArrayList<>(List.of("per_meeting", meetings + " meetings", "", "", ""));
        perMeeting.add(perMeetingAud);
        rows.add(perMeeting);
        return new Table(List.of("category", "item", "quantity", "reportedAud", "estimatedAud", "totalAud"), rows);
    }
}
