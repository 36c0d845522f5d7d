package com.agencyos.tenant.tenancy.application;

import com.agencyos.tenant.tenancy.domain.Tenant;
import com.agencyos.tenant.tenancy.domain.TenantForm;
import com.agencyos.tenant.tenancy.domain.TenantPatch;
import com.agencyos.tenant.tenancy.domain.UsageMonth;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Creates and changes tenants; each change and its {@code tenant.changed} event commit together. */
@Service
public class TenantService {

    private final Tenants tenants;
    private final UsageRecords usage;
    private final TenantEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public TenantService(Tenants tenants, UsageRecords usage, TenantEvents events, TransactionalOperator tx,
            Clock clock) {
        this.tenants = tenants;
        this.usage = usage;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Creates a tenant from a validated form.
     *
     * @return the tenant, or a {@link TenantAlreadyExistsException} when the requested id is taken
     */
    public Mono<Tenant> create(TenantForm.NewTenant draft) {
        return Mono.defer(() -> {
            Tenant tenant = Tenant.open(draft.id().orElseGet(UUID::randomUUID), draft, clock.instant());
            return tenants.insert(tenant)
                    .flatMap(inserted -> inserted ? publish(tenant).thenReturn(tenant)
                            : Mono.error(new TenantAlreadyExistsException(tenant.id())));
        }).as(tx::transactional);
    }

    public Mono<Tenant> find(UUID id) {
        return tenants.find(id);
    }

    /** Applies an owner's changes; emits the tenant as it now is, or empty when there is no such tenant. */
    public Mono<Tenant> update(UUID id, TenantPatch patch) {
        return tenants.lock(id)
                .flatMap(current -> current.apply(patch, clock.instant())
                        .map(changed -> tenants.update(changed).then(publish(changed)).thenReturn(changed))
                        .orElseGet(() -> Mono.just(current)))
                .as(tx::transactional);
    }

    /** A platform administrator's tier or status change; emits the tenant as it now is, or empty when unknown. */
    public Mono<Tenant> administer(UUID id, String tier, String status) {
        return tenants.lock(id)
                .flatMap(current -> current.administer(tier, status, clock.instant())
                        .map(changed -> tenants.update(changed).then(publish(changed)).thenReturn(changed))
                        .orElseGet(() -> Mono.just(current)))
                .as(tx::transactional);
    }

    /** Marks the tenant deleted and tells every service; emits the tenant, or empty when there is no such tenant. */
    public Mono<Tenant> delete(UUID id) {
        return tenants.lock(id)
                .flatMap(current -> current.softDeleted(clock.instant())
                        .map(changed -> tenants.update(changed).then(publish(changed)).thenReturn(changed))
                        .orElseGet(() -> Mono.just(current)))
                .as(tx::transactional);
    }

    /** Publishes the tenant's state as it stands in the caller's transaction. */
    Mono<Void> publish(Tenant tenant) {
        UsageMonth month = UsageMonth.containing(clock.instant(), tenant.timeZone());
        return usage.leadsCounted(tenant.id(), month.start(), month.end())
                .flatMap(used -> events.changed(tenant, used));
    }
}
