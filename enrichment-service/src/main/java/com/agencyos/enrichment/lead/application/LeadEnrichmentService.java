package com.agencyos.enrichment.lead.application;

import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.enrichment.lead.domain.LeadIntake;
import com.agencyos.enrichment.lead.domain.NormalisedLead;
import com.agencyos.enrichment.lead.domain.Normalisation;
import com.agencyos.enrichment.lead.domain.SuppressionKey;
import com.agencyos.enrichment.lead.domain.TenantState;
import com.agencyos.platform.trace.Traceparent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A received lead is recorded first (suppressed, parked or queued) in the inbox's transaction; a worker then runs
 * the waterfall outside any transaction, because providers take seconds, and commits the result with its
 * {@code lead.enriched} through the outbox.
 */
@Service
public class LeadEnrichmentService {

    private static final Logger log = LoggerFactory.getLogger(LeadEnrichmentService.class);

    private final EnrichmentPorts.EnrichedLeads leads;
    private final EnrichmentPorts.Jobs jobs;
    private final EnrichmentPorts.Tenants tenants;
    private final EnrichmentPorts.Suppressions suppressions;
    private final EnrichmentPorts.PremiumUsage premiumUsage;
    private final EnrichmentPorts.CallLog callLog;
    private final EnrichmentPublisher publisher;
    private final Waterfall waterfall;
    private final TransactionalOperator tx;
    private final Clock clock;

    public LeadEnrichmentService(EnrichmentPorts.EnrichedLeads leads, EnrichmentPorts.Jobs jobs,
            EnrichmentPorts.Tenants tenants, EnrichmentPorts.Suppressions suppressions,
            EnrichmentPorts.PremiumUsage premiumUsage, EnrichmentPorts.CallLog callLog, EnrichmentPublisher publisher,
            Waterfall waterfall, TransactionalOperator tx, Clock clock) {
        this.leads = leads;
        this.jobs = jobs;
        this.tenants = tenants;
        this.suppressions = suppressions;
        this.premiumUsage = premiumUsage;
        this.callLog = callLog;
        this.publisher = publisher;
        this.waterfall = waterfall;
        this.tx = tx;
        this.clock = clock;
    }

    /** A lead arrived: decide, before spending anything, whether it is suppressed, parked or queued. */
    public Mono<Void> receive(LeadIntake intake) {
        return Mono.deferContextual(ctx -> gate(intake).flatMap(decision -> jobs.create(new EnrichmentJob(intake,
                decision.state(), decision.reason(), 0, clock.instant(), ctx.getOrDefault(Traceparent.CONTEXT_KEY, null)))));
    }

    /** Runs one leased lead: the just-in-time checks again, the waterfall, then result and event in one transaction. */
    public Mono<Void> run(EnrichmentJob job) {
        LeadIntake intake = job.intake();
        return gate(intake).flatMap(decision -> {
            if (decision.state() != JobState.pending) {
                return jobs.mark(intake.leadId(), decision.state(), decision.reason());
            }
            NormalisedLead lead = Normalisation.normalise(intake, decision.tenant().country(), clock.instant());
            LocalDate day = clock.instant().atZone(zone(decision.tenant())).toLocalDate();
            return premiumUsage.countLead(intake.tenantId(), day)
                    .then(waterfall.enrich(lead, day))
                    .flatMap(enriched -> tx.transactional(leads.save(enriched)
                            .then(publisher.enriched(enriched))
                            .then(callLog.record(enriched.leadId(), enriched.tenantId(), enriched.providerCalls(),
                                    enriched.enrichedAt()))
                            .then(jobs.mark(intake.leadId(), JobState.done, null))));
        }).contextWrite(ctx -> job.traceparent() == null ? ctx : ctx.put(Traceparent.CONTEXT_KEY, job.traceparent()))
        .onErrorResume(e -> {
            log.warn("Enrichment of lead {} failed (attempt {}); it is retried when its lease runs out: {}",
                    intake.leadId(), job.attempts(), e.toString());
            return Mono.empty();
        });
    }

    /** The tenant's state changed: keep it, and let its parked leads go if it is eligible again. */
    public Mono<Void> tenantChanged(TenantState state) {
        return tenants.save(state).flatMap(kept -> {
            if (!kept) {
                return Mono.<Void>empty();
            }
            return switch (state.eligibility()) {
                case eligible -> jobs.resumeParked(state.tenantId())
                        .doOnNext(n -> log.info("Tenant {} is eligible: {} parked leads resume", state.tenantId(), n)).then();
                case deleted -> jobs.dropWaiting(state.tenantId()).then();
                case parked -> Mono.<Void>empty();
            };
        });
    }

    public Mono<Void> suppressionChanged(UUID tenantId, boolean added, SuppressionKey key, String reason) {
        return added ? suppressions.add(tenantId, key, reason) : suppressions.remove(tenantId, key);
    }

    public Mono<EnrichedLead> find(UUID tenantId, UUID leadId) {
        return leads.find(tenantId, leadId);
    }

    public Mono<EnrichmentJob> job(UUID tenantId, UUID leadId) {
        return jobs.findJob(tenantId, leadId);
    }

    private Mono<Decision> gate(LeadIntake intake) {
        return tenants.find(intake.tenantId()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(tenant -> {
            String country = tenant.map(TenantState::country).orElse(null);
            NormalisedLead lead = Normalisation.normalise(intake, country, clock.instant());
            return suppressions.firstMatch(intake.tenantId(), lead.suppressionKeys())
                    .map(reason -> new Decision(JobState.suppressed, reason, null))
                    .switchIfEmpty(Mono.fromSupplier(() -> tenant.map(LeadEnrichmentService::decide)
                            .orElse(new Decision(JobState.parked, "tenant_unknown", null))));
        });
    }

    private static Decision decide(TenantState tenant) {
        return switch (tenant.eligibility()) {
            case eligible -> new Decision(JobState.pending, null, tenant);
            case parked -> new Decision(JobState.parked, tenant.leadPoolUsed() >= tenant.leadPoolPerMonth()
                    && ("active".equals(tenant.status()) || "trialing".equals(tenant.status()))
                    ? "lead_pool_exhausted" : "tenant_" + tenant.status(), tenant);
            case deleted -> new Decision(JobState.dropped, "tenant_deleted", tenant);
        };
    }

    private static ZoneId zone(TenantState tenant) {
        try {
            return tenant.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(tenant.timeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private record Decision(JobState state, String reason, TenantState tenant) {
    }
}
