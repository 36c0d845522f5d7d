package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import com.agencyos.enrichment.lead.domain.ProviderCall;
import com.agencyos.enrichment.lead.domain.SuppressionKey;
import com.agencyos.enrichment.lead.domain.TenantState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the enrichment needs kept, each behind its own port. */
public final class EnrichmentPorts {

    private EnrichmentPorts() {
    }

    /** Enrichment results, one per lead. */
    public interface EnrichedLeads {

        Mono<Void> save(EnrichedLead lead);

        Mono<EnrichedLead> find(UUID tenantId, UUID leadId);
    }

    /** Received leads and where each stands: waiting, parked, suppressed, done. */
    public interface Jobs {

        /** Records a received lead once; a lead already known keeps its state. */
        Mono<Void> create(EnrichmentJob job);

        /** Takes up to {@code max} pending leads (or leads whose lease ran out) and leases them to this worker. */
        Flux<EnrichmentJob> claim(int max, Duration lease);

        Mono<Void> mark(UUID leadId, JobState state, String reason);

        /** Puts the tenant's parked leads back in the queue; returns how many. */
        Mono<Long> resumeParked(UUID tenantId);

        /** Drops the waiting leads of a deleted tenant; returns how many. */
        Mono<Long> dropWaiting(UUID tenantId);

        Mono<EnrichmentJob> findJob(UUID tenantId, UUID leadId);
    }

    /** The local read model of {@code tenant.changed}. */
    public interface Tenants {

        Mono<TenantState> find(UUID tenantId);

        /** Keeps the state if its version is above the one held; true when kept. */
        Mono<Boolean> save(TenantState state);
    }

    /** The local copy of the tenant and platform suppression lists, from {@code suppression.changed}. */
    public interface Suppressions {

        /** {@code tenantId} null means the platform-wide list. */
        Mono<Void> add(UUID tenantId, SuppressionKey key, String reason);

        Mono<Void> remove(UUID tenantId, SuppressionKey key);

        /** The reason of the first entry of the tenant's or the platform's list matching one of the keys, if any. */
        Mono<String> firstMatch(UUID tenantId, List<SuppressionKey> keys);
    }

    /** Tier 0: provider answers kept under versioned keys until they expire. */
    public interface Cache {

        /** The provider's unexpired answer under the key, if any. */
        Mono<ProviderAnswer> get(String key, String provider, Instant now);

        Mono<Void> put(String key, ProviderAnswer answer, Instant expiresAt);
    }

    /** Per tenant and day: leads enriched and premium calls made, for the premium cap. */
    public interface PremiumUsage {

        Mono<Void> countLead(UUID tenantId, LocalDate day);

        /** Takes one premium call for the day if the cap allows it; true when taken. */
        Mono<Boolean> claim(UUID tenantId, LocalDate day, double share);
    }

    /** The provider call log with costs, which tenant-service's credits and the finance reports reconcile with. */
    public interface CallLog {

        Mono<Void> record(UUID leadId, UUID tenantId, List<ProviderCall> calls, Instant at);
    }
}
