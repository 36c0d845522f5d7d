package com.agencyos.tenant.suppression.application;

import com.agencyos.tenant.suppression.domain.InvalidSuppressionException;
import com.agencyos.tenant.suppression.domain.Suppression;
import com.agencyos.tenant.suppression.domain.SuppressionCsv;
import com.agencyos.tenant.suppression.domain.SuppressionKind;
import com.agencyos.tenant.suppression.domain.SuppressionScope;
import com.agencyos.tenant.suppression.domain.SuppressionSource;
import com.agencyos.tenant.suppression.domain.SuppressionValues;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Adds to and removes from suppression lists. Every effective change publishes {@code suppression.changed} in the
 * same transaction, so consumers' copies of the lists never miss or invent an entry.
 */
@Service
public class SuppressionService {

    private static final Logger log = LoggerFactory.getLogger(SuppressionService.class);

    private final Suppressions suppressions;
    private final SuppressionEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public SuppressionService(Suppressions suppressions, SuppressionEvents events, TransactionalOperator tx, Clock clock) {
        this.suppressions = suppressions;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** The entry and whether this call created it; an entry already on the list is returned unchanged. */
    public record Added(Suppression suppression, boolean created) {
    }

    public record Rejected(int row, String reason) {
    }

    public record ImportResult(int accepted, int duplicates, List<Rejected> rejected) {
    }

    /** @param value already normalised for its kind */
    public Mono<Added> add(SuppressionScope scope, SuppressionKind kind, String value, String reason,
            SuppressionSource source, String createdBy) {
        return Mono.defer(() -> insert(scope, kind, value, reason, source, createdBy, now())).as(tx::transactional);
    }

    /**
     * Suppresses the addresses a delivery event names (a hard bounce, a spam complaint, an unsubscribe) on the
     * tenant's list, each publishing {@code suppression.changed} when it is new. An address that is not valid for
     * its kind is skipped: the event is genuine, only that address cannot be listed.
     *
     * @param addresses raw email addresses and phone numbers, nulls ignored
     * @return how many entries were added
     */
    public Mono<Long> fromDelivery(UUID tenantId, List<Address> addresses, SuppressionSource source, String reason,
            String createdBy) {
        return Mono.defer(() -> {
            Instant now = now();
            List<Address> valid = new ArrayList<>();
            for (Address address : addresses) {
                try {
                    valid.add(new Address(address.kind(), SuppressionValues.normalise(address.kind(), address.value())));
                } catch (InvalidSuppressionException e) {
                    log.warn("A {} event of tenant {} names an invalid {}; it is not suppressed", source.wire(), tenantId,
                            address.kind().name().toLowerCase(Locale.ROOT));
                }
            }
            return Flux.fromIterable(valid)
                    .concatMap(a -> insert(SuppressionScope.tenant(tenantId), a.kind(), a.value(), reason, source, createdBy, now))
                    .filter(Added::created)
                    .count();
        }).as(tx::transactional);
    }

    /** An address of a kind, as an event carries it. */
    public record Address(SuppressionKind kind, String value) {
    }

    /** @return the removed entry, empty when the scope has no such entry */
    public Mono<Suppression> remove(SuppressionScope scope, UUID id) {
        return Mono.defer(() -> suppressions.delete(scope, id)
                .flatMap(removed -> events.removed(removed, now()).thenReturn(removed))).as(tx::transactional);
    }

    public Flux<Suppression> page(SuppressionScope scope, SuppressionKind kind, String contains,
            Suppressions.Cursor after, int limit) {
        return suppressions.page(scope, kind, contains, after, limit);
    }

    /** @param email already normalised */
    public Mono<List<Suppression>> check(UUID tenantId, String email) {
        return suppressions.matching(tenantId, email, SuppressionValues.domainsCovering(email)).collectList();
    }

    /**
     * Imports the rows in one transaction: an invalid row is rejected on its own, a value already listed (or
     * repeated in the file) counts as a duplicate, and every other row is added.
     */
    public Mono<ImportResult> importRows(UUID tenantId, List<SuppressionCsv.Row> rows, String createdBy) {
        return Mono.defer(() -> {
            SuppressionScope scope = SuppressionScope.tenant(tenantId);
            Instant now = now();
            List<Rejected> rejected = new ArrayList<>();
            List<Valid> valid = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            AtomicInteger duplicates = new AtomicInteger();
            for (SuppressionCsv.Row row : rows) {
                try {
                    SuppressionKind kind = SuppressionKind.parse(row.kind());
                    String value = SuppressionValues.normalise(kind, row.value());
                    String reason = SuppressionValues.reason(row.reason(), SuppressionSource.IMPORT);
                    if (seen.add(kind + ":" + value)) {
                        valid.add(new Valid(kind, value, reason));
                    } else {
                        duplicates.incrementAndGet();
                    }
                } catch (InvalidSuppressionException e) {
                    rejected.add(new Rejected(row.row(), e.field() + " " + e.getMessage()));
                }
            }
            AtomicInteger accepted = new AtomicInteger();
            return Flux.fromIterable(valid)
                    .concatMap(v -> insert(scope, v.kind(), v.value(), v.reason(), SuppressionSource.IMPORT, createdBy, now)
                            .doOnNext(added -> (added.created() ? accepted : duplicates).incrementAndGet()))
                    .then(Mono.fromSupplier(() -> new ImportResult(accepted.get(), duplicates.get(), List.copyOf(rejected))));
        }).as(tx::transactional);
    }

    private Mono<Added> insert(SuppressionScope scope, SuppressionKind kind, String value, String reason,
            SuppressionSource source, String createdBy, Instant now) {
        Suppression candidate = new Suppression(UUID.randomUUID(), scope, kind, value, reason, source, now, createdBy);
        return suppressions.insertIfAbsent(candidate).flatMap(inserted -> inserted
                ? events.added(candidate, now).thenReturn(new Added(candidate, true))
                : suppressions.find(scope, kind, value).map(existing -> new Added(existing, false)));
    }

    // Microseconds, as PostgreSQL keeps them, so the time returned equals the time listed later.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Valid(SuppressionKind kind, String value, String reason) {
    }
}
