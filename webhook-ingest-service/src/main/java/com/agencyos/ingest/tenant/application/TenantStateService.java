package com.agencyos.ingest.tenant.application;

import com.agencyos.ingest.tenant.domain.TenantState;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps each tenant's state as tenant-service last published it, and admits or refuses intake on it. */
@Service
public class TenantStateService {

    private static final Logger log = LoggerFactory.getLogger(TenantStateService.class);

    private final TenantStates states;
    private final IntakeRateLimits limits;

    public TenantStateService(TenantStates states, IntakeRateLimits limits) {
        this.states = states;
        this.limits = limits;
    }

    public Mono<Void> changed(TenantState state) {
        return states.replaceIfNewer(state).doOnNext(stored -> log.info(stored
                ? "Tenant {} now {} (deleted={}) at version {}" : "Tenant {} {} (deleted={}) version {} ignored: a newer one is held",
                state.tenantId(), state.status(), state.deleted(), state.version())).then();
    }

    public Mono<Void> removed(UUID tenantId) {
        return states.forget(tenantId).doOnSuccess(done -> log.info("Tenant {} state forgotten", tenantId));
    }

    /** Errors with {@link TenantInactiveException} for a cancelled, paused or deleted tenant; an unknown one passes. */
    public Mono<Void> requireAcceptingLeads(UUID tenantId) {
        return states.find(tenantId)
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
