package com.agencyos.tenant.tenancy.application;

import com.agencyos.tenant.tenancy.domain.CreditDebit;
import com.agencyos.tenant.tenancy.domain.Usage;
import com.agencyos.tenant.tenancy.domain.UsageMonth;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the lead pool and the credits ledger from the pipeline's events. The handlers run inside the inbox's
 * transaction, so a redelivered event changes nothing.
 */
@Service
public class UsageService {

    private final Tenants tenants;
    private final UsageRecords records;
    private final TenantService tenantService;
    private final Clock clock;

    public UsageService(Tenants tenants, UsageRecords records, TenantService tenantService, Clock clock) {
        this.tenants = tenants;
        this.records = records;
        this.tenantService = tenantService;
        this.clock = clock;
    }

    /**
     * Counts a lead scored for the first time against its tenant's pool. When that changes this month's usage
     * of a known tenant by a step worth telling ({@link com.agencyos.tenant.tenancy.domain.Quotas#poolUsageWorthPublishing}),
     * the tenant's state is republished with the new count, counted again under the tenant's lock so that two
     * leads counted at once near the limit never both publish a stale count.
     */
    public Mono<Void> firstScored(UUID tenantId, UUID leadId, Instant scoredAt) {
        return records.countLead(tenantId, leadId, scoredAt)
                .filter(Boolean::booleanValue)
                .flatMap(counted -> tenants.find(tenantId))
                .filter(tenant -> UsageMonth.containing(clock.instant(), tenant.timeZone()).contains(scoredAt))
                .filterWhen(tenant -> {
                    UsageMonth month = UsageMonth.containing(clock.instant(), tenant.timeZone());
                    return records.leadsCounted(tenantId, month.start(), month.end())
                            .map(used -> tenant.quotas().poolUsageWorthPublishing(used));
                })
                .flatMap(worthTelling -> tenants.lock(tenantId))
                .flatMap(tenant -> {
                    var touched = tenant.touched(clock.instant());
                    return tenants.update(touched).then(tenantService.publish(touched));
                });
    }

    /** Debits the provider costs of one enrichment; enrichments that cost nothing leave no entry. */
    public Mono<Void> enriched(UUID tenantId, UUID leadId, long totalCostMicros, Instant enrichedAt, String eventId) {
        if (totalCostMicros == 0) {
            return Mono.empty();
        }
        return records.debit(new CreditDebit(tenantId, totalCostMicros, CreditDebit.ENRICHMENT, leadId, eventId,
                enrichedAt)).then();
    }

    /** This month's usage of the tenant, in its own time zone; empty when there is no such tenant. */
    public Mono<Usage> currentUsage(UUID tenantId) {
        return tenants.find(tenantId).flatMap(tenant -> {
            UsageMonth month = UsageMonth.containing(clock.instant(), tenant.timeZone());
            return Mono.zip(records.leadsCounted(tenantId, month.start(), month.end()),
                            records.debited(tenantId, month.start(), month.end()))
                    .map(t -> new Usage(month, t.getT1(), tenant.quotas().leadPoolPerMonth(), t.getT2()));
        });
    }
}
