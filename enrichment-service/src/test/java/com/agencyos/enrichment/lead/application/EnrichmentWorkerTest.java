package com.agencyos.enrichment.lead.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class EnrichmentWorkerTest {

    @Test
    void aSlowLeadHoldsUpItselfButNotTheLeadsClaimedAfterIt() {
        Deque<List<String>> queue = new ArrayDeque<>(List.of(List.of("slow", "a", "b"), List.of("c", "d"), List.of("e")));
        List<String> claims = new CopyOnWriteArrayList<>();
        List<String> finished = new CopyOnWriteArrayList<>();

        Long ran = EnrichmentWorker.drain(() -> {
            List<String> batch = queue.isEmpty() ? List.of() : queue.poll();
            claims.add(String.join(",", batch));
            return Flux.fromIterable(batch);
        }, lead -> Mono.delay(Duration.ofMillis(lead.equals("slow") ? 1_500 : 20)).doOnNext(tick -> finished.add(lead)).then(), 4)
                .block(Duration.ofSeconds(10));

        assertThat(ran).isEqualTo(6);
        assertThat(finished).containsExactlyInAnyOrder("slow", "a", "b", "c", "d", "e");
        assertThat(finished.getLast()).as("the leads claimed after the slow one did not wait for it").isEqualTo("slow");
        assertThat(claims).as("claims until one finds nothing").containsExactly("slow,a,b", "c,d", "e", "");
    }

    @Test
    void neverMoreThanTheConcurrencyInFlightNorMoreThanOneBatchWaitingToStart() {
        Deque<List<Integer>> queue = new ArrayDeque<>();
        for (int batch = 0; batch < 10; batch++) {
            queue.add(List.of(batch * 4, batch * 4 + 1, batch * 4 + 2, batch * 4 + 3));
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger mostClaimedAhead = new AtomicInteger();

        Long ran = EnrichmentWorker.drain(() -> {
            List<Integer> batch = queue.isEmpty() ? List.of() : queue.poll();
            mostClaimedAhead.accumulateAndGet(claimed.addAndGet(batch.size()) - started.get(), Math::max);
            return Flux.fromIterable(batch);
        }, lead -> Mono.fromRunnable(() -> {
            started.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        }).then(Mono.delay(Duration.ofMillis(10))).doOnSuccess(tick -> inFlight.decrementAndGet()).then(), 3)
                .block(Duration.ofSeconds(10));

        assertThat(ran).isEqualTo(40);
        assertThat(mostInFlight.get()).isLessThanOrEqualTo(3);
        assertThat(mostClaimedAhead.get()).as("claimed but not started: the batch in hand and at most one more")
                .isLessThanOrEqualTo(2 * 4 + 3);
    }
}
