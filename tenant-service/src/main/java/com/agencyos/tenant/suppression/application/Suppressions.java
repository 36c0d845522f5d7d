package com.agencyos.tenant.suppression.application;

import com.agencyos.tenant.suppression.domain.Suppression;
import com.agencyos.tenant.suppression.domain.SuppressionKind;
import com.agencyos.tenant.suppression.domain.SuppressionScope;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where suppression entries are kept, tenant lists and the platform-wide list alike. */
public interface Suppressions {

    /** Inserts the entry unless its scope already holds the same kind and value; emits whether it was inserted. */
    Mono<Boolean> insertIfAbsent(Suppression suppression);

    Mono<Suppression> find(SuppressionScope scope, SuppressionKind kind, String value);

    /** Deletes one entry of the scope; empty when the scope has no such entry. */
    Mono<Suppression> delete(SuppressionScope scope, UUID id);

    /** Newest first, strictly after the cursor when there is one. */
    Flux<Suppression> page(SuppressionScope scope, SuppressionKind kind, String contains, Cursor after, int limit);

    /** Entries of the tenant's list or the platform-wide list naming the email or one of the domains. */
    Flux<Suppression> matching(UUID tenantId, String email, List<String> domains);

    /** A position in the newest-first order. */
    record Cursor(Instant createdAt, UUID id) {
    }
}
