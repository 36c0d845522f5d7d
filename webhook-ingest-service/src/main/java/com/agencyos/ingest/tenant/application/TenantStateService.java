package com.agencyos.ingest.tenant.application;

import com.agencyos.ingest.caching.application.ShortLivedCache;
import com.agencyos.ingest.tenant.domain.TenantState;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps each tenant's state as tenant-service last published it, and admits or refuses intake on it. */
@Service
public class TenantStateService {

    private static final Logger log = LoggerFactory.getLogger(TenantStateService.class);

    private static final int MAX_HELD = 10_000;

    private final TenantStates states;
    private final IntakeRateLimits limits;
    private final ShortLivedCache<UUID, Optional<TenantState>> held;

    public TenantStateService(TenantStates states, IntakeRateLimits limits,
            @Value("${agencyos.ingest.tenant-cache-ttl:2s}") Duration cacheTimeToLive) {
        this.states = states;
        this.limits = limits;
        this.held = new ShortLivedCache<>(cacheTimeToLive, MAX_HELD, System::nanoTime);
    }

    public Mono<Void> changed(TenantState state) {
        return states.replaceIfNewer(state)
                .flatMap(stored -> held.evictNowAndOnCompletion(state.tenantId()::equals).thenReturn(stored))
                .doOnNext(stored -> log.info(stored
                ? "Tenant {} now {} (deleted={}) at version {}" : "Tenant {} {} (deleted={}) version {} ignored: a newer one is held",
                state.tenantId(), state.status(), state.deleted(), state.version())).then();
    }

    public Mono<Void> removed(UUID tenantId) {
        return states.forget(tenantId).then(held.evictNowAndOnCompletion(tenantId::equals))
                .doOnSuccess(done -> log.info("Tenant {} state forgotten", tenantId));
    }

    /** Errors with {@link TenantInactiveException} for a cancelled, paused or deleted tenant; an unknown one passes. */
    public Mono<Void> requireAcceptingLeads(UUID tenantId) {
        return held.get(tenantId, id -> states.find(id).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(Mono::justOrEmpty)
                .filter(state -> !state.acceptsIntake())
                .flatMap(state -> Mono.<Void>error(new TenantInactiveException(tenantId, state.refusal())));
    }

    /**
     * For the public lead webhooks, after the signature: the tenant must accept leads, then have rate to spare.
     * A refused tenant spends no rate.
     */
    public Mono<Void> admitWebhookLead(UUID tenantId) {
        return requireAcceptingLeads(tenantId).then(Mono.fromRunnable(() -> limits.take(tenantId)));
    }
}
