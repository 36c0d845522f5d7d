package com.agencyos.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Where every accepted lead ended, read from the services' own databases, plus the outboxes and the SMTP sink.
 *
 * <p>Terminal: a touch recorded (drafted or sent; one whose SMTP hand-off a crash interrupted stays {@code sending}
 * and is never resent, by design), or a deliberate stop with its reason (not enrolled or stopped by outreach, the
 * next step scheduled later, parked by enrichment because the tenant's lead pool is used up, dropped). Anything else
 * is still on its way; after the drain it is stuck. A lead webhook-ingest acknowledged but has no receipt of is lost.
 */
final class Outcome {

    static final List<String> DATABASES = List.of("tenant", "ingest", "enrichment", "scoring", "playbook", "outreach", "analytics");

    /** One lead: where it ended and whether that is terminal. */
    record LeadState(String state, boolean terminal) {
    }

    record Snapshot(Map<String, LeadState> leads, Map<String, Long> unpublishedOutbox, long duplicateTouches, Map<String, Integer> states,
            List<String> lost, List<String> stuck, Map<String, String> touchMessageIds, Map<String, String> touchDelivery) {

        boolean quiet() {
            return stuck.isEmpty() && unpublishedOutbox.values().stream().allMatch(n -> n == 0);
        }
    }

    private final ChaosOptions options;

    Outcome(ChaosOptions options) {
        this.options = options;
    }

    Snapshot read(Collection<String> accepted) throws SQLException {
        String[] ids = accepted.toArray(String[]::new);
        Map<String, Boolean> receipt = new HashMap<>();
        Map<String, String> enrichment = new HashMap<>();
        Map<String, Boolean> scored = new HashMap<>();
        Map<String, String> enrollment = new HashMap<>();
        Map<String, Instant> nextDue = new HashMap<>();
        Map<String, String> touch = new HashMap<>();
        Map<String, String> touchDelivery = new HashMap<>();
        Map<String, String> touchMessageIds = new HashMap<>();
        long duplicates;
        try (Connection db = connect("ingest")) {
            query(db, "SELECT lead_id::text FROM lead_receipt WHERE lead_id = ANY(?)", ids, rs -> receipt.put(rs.getString(1), true));
        }
        try (Connection db = connect("enrichment")) {
            query(db, "SELECT lead_id::text, state, reason FROM enrichment_job WHERE lead_id = ANY(?)", ids,
                    rs -> enrichment.put(rs.getString(1), rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")")));
        }
        try (Connection db = connect("scoring")) {
            query(db, "SELECT lead_id::text FROM lead_score WHERE lead_id = ANY(?)", ids, rs -> scored.put(rs.getString(1), true));
        }
        try (Connection db = connect("outreach")) {
            query(db, "SELECT lead_id::text, status, reason FROM enrollment WHERE lead_id = ANY(?)", ids,
                    rs -> enrollment.put(rs.getString(1), rs.getString(2) + (rs.getString(3) == null ? "" : ": " + rs.getString(3))));
            query(db, """
                    SELECT e.lead_id::text, min(s.due_at) FROM scheduled_touch s JOIN enrollment e ON e.id = s.enrollment_id
                    WHERE e.lead_id = ANY(?) AND s.status IN ('due', 'pending') GROUP BY 1""", ids, rs -> {
                    Timestamp due = rs.getTimestamp(2);
                    if (due != null) {
                        nextDue.put(rs.getString(1), due.toInstant());
                    }
                });
            query(db, "SELECT lead_id::text, id::text, delivery, message_id FROM touch WHERE lead_id = ANY(?) ORDER BY step", ids, rs -> {
                touch.putIfAbsent(rs.getString(1), rs.getString(3));
                touchDelivery.put(rs.getString(2), rs.getString(3));
                if (rs.getString(4) != null) {
                    touchMessageIds.put(rs.getString(2), bare(rs.getString(4)));
                }
            });
            long[] count = new long[1];
            query(db, """
                    SELECT count(*) FROM (SELECT lead_id, step FROM touch WHERE lead_id = ANY(?) GROUP BY lead_id, step HAVING count(*) > 1) d""",
                    ids, rs -> count[0] = rs.getLong(1));
            duplicates = count[0];
        }
        Map<String, Long> outbox = new TreeMap<>();
        for (String database : DATABASES) {
            try (Connection db = connect(database); PreparedStatement st = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                outbox.put(database, rs.getLong(1));
            }
        }
        Map<String, LeadState> leads = new HashMap<>();
        Map<String, Integer> states = new TreeMap<>();
        List<String> lost = new java.util.ArrayList<>();
        List<String> stuck = new java.util.ArrayList<>();
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        for (String id : ids) {
            LeadState state;
            if (!receipt.containsKey(id)) {
                state = new LeadState("LOST: acknowledged, no receipt in ingest", false);
                lost.add(id);
            } else if (touch.containsKey(id)) {
                state = new LeadState("touched (" + touch.get(id) + ")", true);
            } else if (enrollment.containsKey(id) && !enrollment.get(id).startsWith("active")) {
                state = new LeadState("stopped by outreach: " + enrollment.get(id).replaceAll("[0-9a-f-]{36}", "…"), true);
            } else if (enrollment.containsKey(id) && nextDue.containsKey(id) && nextDue.get(id).isAfter(later)) {
                state = new LeadState("enrolled, next step scheduled later", true);
            } else if (enrichment.getOrDefault(id, "").startsWith("parked") || enrichment.getOrDefault(id, "").startsWith("dropped")) {
                state = new LeadState("stopped by enrichment: " + enrichment.get(id), true);
            } else if (enrollment.containsKey(id)) {
                state = new LeadState("pending: enrolled, first step not made yet", false);
            } else if (scored.containsKey(id)) {
                state = new LeadState("pending: scored, no outreach decision yet", false);
            } else if (enrichment.containsKey(id)) {
                state = new LeadState("pending: enrichment " + enrichment.get(id), false);
            } else {
                state = new LeadState("pending: received, not yet at enrichment", false);
            }
            if (!state.terminal() && receipt.containsKey(id)) {
                stuck.add(id);
            }
            leads.put(id, state);
            states.merge(state.state(), 1, Integer::sum);
        }
        return new Snapshot(leads, outbox, duplicates, states, lost, stuck, touchMessageIds, touchDelivery);
    }

    /**
     * SMTP sink messages per touch of this run, by {@code X-AgencyOS-Touch-Id}, or by the touch's Message-ID when the
     * mail carries no touch id: a sent touch has exactly one, a touch in the crash window at most one, a draft none.
     */
    Map<String, Object> smtp(Snapshot snapshot) throws IOException, InterruptedException {
        HttpResponse<String> response = SendingTenant.send(HttpRequest.newBuilder(URI.create(options.smtpApi() + "/messages?bodies=false"))
                .timeout(Duration.ofMinutes(2)).GET().build());
        Map<String, Integer> perTouch = new HashMap<>();
        Map<String, Integer> perMessageId = new HashMap<>();
        int withTouchId = 0;
        int messagesOfRun = 0;
        for (JsonNode message : SendingTenant.JSON.readTree(response.body())) {
            String touchId = message.path("headers").path("X-AgencyOS-Touch-Id").asString(null);
            if (touchId != null) {
                perTouch.merge(touchId, 1, Integer::sum);
                withTouchId++;
            }
            String messageId = message.path("messageId").asString(null);
            if (messageId != null) {
                perMessageId.merge(bare(messageId), 1, Integer::sum);
            }
        }
        int sentWithOne = 0;
        List<String> duplicated = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        List<String> draftsMailed = new java.util.ArrayList<>();
        Map<String, Integer> byDelivery = new TreeMap<>();
        for (Map.Entry<String, String> touch : snapshot.touchDelivery().entrySet()) {
            String messageId = snapshot.touchMessageIds().get(touch.getKey());
            int messages = Math.max(perTouch.getOrDefault(touch.getKey(), 0), messageId == null ? 0 : perMessageId.getOrDefault(messageId, 0));
            messagesOfRun += messages;
            byDelivery.merge(touch.getValue(), 1, Integer::sum);
            if (messages > 1) {
                duplicated.add(touch.getKey() + " x" + messages);
            } else if ("sent".equals(touch.getValue())) {
                if (messages == 1) {
                    sentWithOne++;
                } else {
                    missing.add(touch.getKey());
                }
            } else if ("draft".equals(touch.getValue()) && messages > 0) {
                draftsMailed.add(touch.getKey());
            }
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("touchesByDelivery", byDelivery);
        result.put("messagesOfTheRunAtTheSink", messagesOfRun);
        result.put("sinkMessagesWithATouchIdHeader", withTouchId);
        result.put("sentWithExactlyOneMessage", sentWithOne);
        result.put("touchesWithMoreThanOneMessage", duplicated);
        result.put("sentWithoutMessage", missing);
        result.put("draftsThatWereMailed", draftsMailed);
        return result;
    }

    private static String bare(String messageId) {
        return messageId.trim().replaceAll("^<|>$", "");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + options.postgresHostPort() + "/" + database, options.dbUser(),
                options.dbPassword());
    }

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, String[] ids, Row row) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("uuid", ids);
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
