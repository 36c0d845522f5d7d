package com.agencyos.playbook.batch.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where batches and their items (one per prospect, in request order) are kept. */
public interface Batches {

    Mono<Void> add(UUID batchId, UUID tenantId, String vendorDomain, Instant createdAt, List<Item> items);

    Mono<Batch> find(UUID tenantId, UUID batchId);

    /** One prospect of a batch and the playbook that answers it. */
    record Item(int position, String prospectDomain, UUID playbookId) {
    }

    record Batch(UUID id, UUID tenantId, String vendorDomain, Instant createdAt, List<Item> items) {

        public Batch {
            items = List.copyOf(items);
        }
    }
}
