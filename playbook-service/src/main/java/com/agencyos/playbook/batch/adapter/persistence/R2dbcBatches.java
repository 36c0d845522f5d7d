package com.agencyos.playbook.batch.adapter.persistence;

import com.agencyos.playbook.batch.application.Batches;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcBatches implements Batches {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    R2dbcBatches(DatabaseClient db, TransactionalOperator tx) {
        this.db = db;
        this.tx = tx;
    }

    @Override
    public Mono<Void> add(UUID batchId, UUID tenantId, String vendorDomain, Instant createdAt, List<Item> items) {
        Mono<Void> batch = db.sql("""
                INSERT INTO playbook_batch (id, tenant_id, vendor_domain, created_at) VALUES (:id, :tenantId, :vendor, :createdAt)""")
                .bind("id", batchId).bind("tenantId", tenantId).bind("vendor", vendorDomain)
                .bind("createdAt", createdAt.atOffset(ZoneOffset.UTC)).fetch().rowsUpdated().then();
        Mono<Void> rows = Flux.fromIterable(items).concatMap(item -> db.sql("""
                INSERT INTO playbook_batch_item (batch_id, position, prospect_domain, playbook_id)
                VALUES (:batchId, :position, :prospect, :playbookId)""")
                .bind("batchId", batchId).bind("position", item.position()).bind("prospect", item.prospectDomain())
                .bind("playbookId", item.playbookId()).fetch().rowsUpdated()).then();
        return tx.transactional(batch.then(rows));
    }

    @Override
    public Mono<Batch> find(UUID tenantId, UUID batchId) {
        return db.sql("SELECT id, tenant_id, vendor_domain, created_at FROM playbook_batch WHERE tenant_id = :tenantId AND id = :id")
                .bind("tenantId", tenantId).bind("id", batchId)
                .map(row -> new Batch(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("vendor_domain", String.class), row.get("created_at", OffsetDateTime.class).toInstant(), List.of()))
                .one()
                .flatMap(batch -> db.sql("""
                        SELECT position, prospect_domain, playbook_id FROM playbook_batch_item WHERE batch_id = :id ORDER BY position""")
                        .bind("id", batchId)
                        .map(row -> new Item(row.get("position", Integer.class), row.get("prospect_domain", String.class),
                                row.get("playbook_id", UUID.class)))
                        .all().collectList()
                        .map(items -> new Batch(batch.id(), batch.tenantId(), batch.vendorDomain(), batch.createdAt(), items)));
    }
}
