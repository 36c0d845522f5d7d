package com.agencyos.analytics.fact.application;

import com.agencyos.analytics.fact.domain.EventFact;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only store of facts. */
public interface EventFacts {

    /** Appends the fact; emits false when a fact with the same event id is already there. */
    Mono<Boolean> append(EventFact fact);

    /** One lead's facts within its tenant, oldest first (ties in the order they were recorded). */
    Flux<EventFact> timeline(UUID tenantId, UUID leadId);

    /** The tenant's playbook facts that list the lead as waiting or are about the company's domain. */
    Flux<EventFact> playbooksFor(UUID tenantId, UUID leadId, String companyDomain);

    /**
     * Suppression-list facts of the tenant, or of the whole platform, whose value is one of these (lower-case email
     * addresses or domains), oldest first.
     */
    Flux<EventFact> suppressionEntries(UUID tenantId, List<String> values);

    /** Up to {@code limit} ids of leads that facts are about, in id order, after the given one (null: from the start). */
    Flux<UUID> leadIdsAfter(UUID after, int limit);

    /** Every fact about these leads, lead by lead in id order, and in the order they were recorded within a lead. */
    Flux<EventFact> factsOfLeads(List<UUID> leadIds);
}
