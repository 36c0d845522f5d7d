package com.agencyos.playbook.batch.application;

import com.agencyos.playbook.account.application.PlaybookDetails;
import com.agencyos.playbook.account.application.PlaybookRequests;
import com.agencyos.playbook.account.application.AccountPlaybookService;
import com.agencyos.playbook.account.domain.ProspectDomain;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Starts batches and reports their progress. */
@Service
public class PlaybookBatches {

    public static final int MAX_PROSPECTS = 100;

    private final PlaybookRequests requests;
    private final AccountPlaybookService playbooks;
    private final Batches batches;
    private final Clock clock;

    public PlaybookBatches(PlaybookRequests requests, AccountPlaybookService playbooks, Batches batches, Clock clock) {
        this.requests = requests;
        this.playbooks = playbooks;
        this.batches = batches;
        this.clock = clock;
    }

    /** One item's state: {@code succeeded} once its playbook exists, else its latest run's status. */
    public record ItemProgress(int position, String prospectDomain, UUID playbookId, String status, int percentDone,
            String error) {
    }

    public record Progress(UUID id, String vendorDomain, int total, int queued, int running, int succeeded, int failed,
            int percentDone, List<ItemProgress> items) {
    }

    /** Requests every prospect's playbook (each reusing a recent one unless forced) and records the batch. */
    public Mono<UUID> start(UUID tenantId, ProspectDomain vendorOrNull, List<ProspectDomain> prospects, boolean force) {
        UUID batchId = UUID.randomUUID();
        AtomicInteger position = new AtomicInteger();
        return requests.vendorFor(tenantId, vendorOrNull).flatMap(vendor -> Flux.fromIterable(prospects)
                .concatMap(prospect -> requests.request(tenantId, new ProspectDomain(vendor), prospect, force, batchId)
                        .map(requested -> new Batches.Item(position.getAndIncrement(), prospect.value(), requested.playbookId())))
                .collectList()
                .flatMap(items -> batches.add(batchId, tenantId, vendor, clock.instant().truncatedTo(ChronoUnit.MILLIS), items)))
                .thenReturn(batchId);
    }

    public Mono<Progress> progress(UUID tenantId, UUID batchId) {
        return batches.find(tenantId, batchId).flatMap(batch -> Flux.fromIterable(batch.items())
                .concatMap(item -> playbooks.find(tenantId, item.playbookId())
                        .map(found -> new ItemProgress(item.position(), item.prospectDomain(), item.playbookId(), "succeeded", 100, null))
                        .switchIfEmpty(Mono.defer(() -> requests.latestRun(tenantId, item.playbookId())
                                .map(run -> new ItemProgress(item.position(), item.prospectDomain(), item.playbookId(),
                                        run.status().name(), run.percentDone(), run.error()))
                                .defaultIfEmpty(new ItemProgress(item.position(), item.prospectDomain(), item.playbookId(), "deleted",
                                        100, null)))))
                .collectList()
                .map(items -> {
                    int done = (int) items.stream().mapToInt(ItemProgress::percentDone).average().orElse(100);
                    return new Progress(batch.id(), batch.vendorDomain(), items.size(), count(items, "queued"),
                            count(items, "running"), count(items, "succeeded"), count(items, "failed"), done, items);
                }));
    }

    /** The playbooks of a batch that are ready, in request order. */
    public Mono<List<PlaybookDetails>> ready(UUID tenantId, UUID batchId) {
        return batches.find(tenantId, batchId).flatMap(batch -> Flux.fromIterable(batch.items())
                .concatMap(item -> playbooks.find(tenantId, item.playbookId()))
                .collect(ArrayList<PlaybookDetails>::new, List::add));
    }

    private static int count(List<ItemProgress> items, String status) {
        return (int) items.stream().filter(i -> i.status().equals(status)).count();
    }
}
