package com.agencyos.localstack.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The spans the traces component received, in memory and bounded: beyond {@code capacity} the oldest go first. */
final class TraceStore {

    /** One span as the receiver keeps and answers it. */
    record StoredSpan(String traceId, String spanId, String parentSpanId, String service, String name, String kind,
                      Instant start, Duration duration, String status, Map<String, String> attributes) {
    }

    /** The summary of a trace in the latest-traces listing. */
    record TraceSummary(String traceId, String root, List<String> services, int spans, Instant start, Duration duration) {
    }

    private static final Set<String> ENTRY_KINDS = Set.of("SERVER", "CONSUMER", "PRODUCER");

    private final int capacity;
    private final Deque<StoredSpan> arrival = new ArrayDeque<>();
    private final Map<String, List<StoredSpan>> byTrace = new HashMap<>();

    TraceStore(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(List<StoredSpan> spans) {
        for (StoredSpan span : spans) {
            arrival.addLast(span);
            byTrace.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
            while (arrival.size() > capacity) {
                StoredSpan evicted = arrival.removeFirst();
                List<StoredSpan> trace = byTrace.get(evicted.traceId());
                trace.remove(evicted);
                if (trace.isEmpty()) {
                    byTrace.remove(evicted.traceId());
                }
            }
        }
    }

    synchronized int size() {
        return arrival.size();
    }

    synchronized void clear() {
        arrival.clear();
        byTrace.clear();
    }

    /** The trace's spans in start order; empty when none of its spans is (still) held. */
    synchronized List<StoredSpan> trace(String traceId) {
        List<StoredSpan> spans = new ArrayList<>(byTrace.getOrDefault(traceId, List.of()));
        spans.sort(Comparator.comparing(StoredSpan::start));
        return spans;
    }

    /**
     * The most recently started traces, optionally only those with a span of the given service. Traces without a
     * server, consumer or producer span are left out: alone, a database query is the outbox relay polling, every second
     * in every service, and would bury the requests and events a developer looks for.
     */
    synchronized List<TraceSummary> latest(String service, int limit) {
        List<TraceSummary> summaries = new ArrayList<>();
        for (List<StoredSpan> spans : byTrace.values()) {
            if (service != null && spans.stream().noneMatch(s -> service.equals(s.service()))) {
                continue;
            }
            if (spans.stream().noneMatch(s -> ENTRY_KINDS.contains(s.kind()))) {
                continue;
            }
            summaries.add(summary(spans));
        }
        summaries.sort(Comparator.comparing(TraceSummary::start).reversed());
        return List.copyOf(summaries.subList(0, Math.min(limit, summaries.size())));
    }

    private static TraceSummary summary(List<StoredSpan> spans) {
        Instant start = spans.stream().map(StoredSpan::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = spans.stream().map(s -> s.start().plus(s.duration())).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> ids = new LinkedHashSet<>();
        spans.forEach(s -> ids.add(s.spanId()));
        // The root is the earliest span whose parent is not in the trace (the caller's span may be elsewhere).
        String root = spans.stream().filter(s -> s.parentSpanId().isEmpty() || !ids.contains(s.parentSpanId()))
                .min(Comparator.comparing(StoredSpan::start)).map(s -> s.service() + ": " + s.name()).orElse("");
        Map<String, Boolean> services = new LinkedHashMap<>();
        spans.stream().sorted(Comparator.comparing(StoredSpan::start)).forEach(s -> services.put(s.service(), true));
        return new TraceSummary(spans.getFirst().traceId(), root, List.copyOf(services.keySet()), spans.size(), start,
                Duration.between(start, end));
    }
}
