package com.agencyos.playbook.account.adapter.llm;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Each language-model call with its tokens and cost in micro-AUD, so a tenant's daily spend can be capped. */
public interface LlmUsage {

    /** What the tenant has spent since {@code since}, in micro-AUD. */
    Mono<Long> spentSince(UUID tenantId, Instant since);

    Mono<Void> record(UUID tenantId, Instant at, String model, int promptTokens, int completionTokens, long costMicros,
            String outcome);
}
