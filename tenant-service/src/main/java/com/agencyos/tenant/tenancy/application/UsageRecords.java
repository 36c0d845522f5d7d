package com.agencyos.tenant.tenancy.application;

import com.agencyos.tenant.tenancy.domain.CreditDebit;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The lead pool entries and the credits ledger. */
public interface UsageRecords {

    /** Counts a lead against the pool; emits false when it was already counted. */
    Mono<Boolean> countLead(UUID tenantId, UUID leadId, Instant scoredAt);

    /** Leads first scored in {@code [from, to)}. */
    Mono<Long> leadsCounted(UUID tenantId, Instant from, Instant to);

    /** Records a debit; emits false when its source event was already recorded. */
    Mono<Boolean> debit(CreditDebit debit);

    /** Sum of debits in {@code [from, to)}, in micro-AUD. */
    Mono<Long> debited(UUID tenantId, Instant from, Instant to);
}
