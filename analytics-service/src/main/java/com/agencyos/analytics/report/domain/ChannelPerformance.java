package com.agencyos.analytics.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How touches sent in a period performed, per channel, step and A/B variant, with a summary per channel. A reply or
 * a meeting counts for the touch it answered, whenever it came.
 */
public record ChannelPerformance(ReportScope scope, List<Row> rows, List<Row> channels) {

    public ChannelPerformance {
        rows = List.copyOf(rows);
        channels = List.copyOf(channels);
    }

    /**
     * @param step null and {@code variant} null on a channel summary; an empty variant means no A/B test
     */
    public record Row(String channel, Integer step, String variant, long sent, long replies, Double replyRate,
            long positive, Double positiveRate, long meetings, Double meetingRate) {

        public static Row of(String channel, Integer step, String variant, long sent, long replies, long positive,
                long meetings) {
            return new Row(channel, step, variant, sent, replies, Rates.of(replies, sent), positive,
                    Rates.of(positive, sent), meetings, Rates.of(meetings, sent));
        }
    }

    public static ChannelPerformance of(ReportScope scope, List<Row> rows) {
        Map<String, Row> byChannel = new LinkedHashMap<>();
        for (Row row : rows) {
            byChannel.merge(row.channel(), Row.of(row.channel(), null, null, row.sent(), row.replies(),
                    row.positive(), row.meetings()), (a, b) -> Row.of(a.channel(), null, null, a.sent() + b.sent(),
                    a.replies() + b.replies(), a.positive() + b.positive(), a.meetings() + b.meetings()));
        }
        return new ChannelPerformance(scope, rows, List.copyOf(byChannel.values()));
    }

    public Table table() {
        List<List<Object>> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(line(row, row.step(), row.variant()));
        }
        for (Row row : channels) {
            lines.add(line(row, null, "all"));
        }
        return new Table(List.of("channel", "step", "variant", "sent", "replies", "replyRate", "positiveReplies",
                "positiveRate", "meetings", "meetingRate"), lines);
    }

    private static List<Object> line(Row row, Integer step, String variant) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.channel());
        cells.add(step == null ? "all" : step);
        cells.add(variant);
        cells.add(row.sent());
        cells.add(row.replies());
        cells.add(row.replyRate());
        cells.add(row.positive());
        cells.add(row.positiveRate());
        cells.add(row.meetings());
        cells.add(row.meetingRate());
        return cells;
    }
}
