package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.LeadContact;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The local read model of scored leads. */
public interface Leads {

    /**
     * Keeps the score unless a later one is already kept. Emits false, and keeps nothing, when the score is older
     * than the one kept or the lead id already belongs to another tenant.
     */
    Mono<Boolean> record(ScoredLead lead);

    Mono<ScoredLead> find(UUID tenantId, UUID leadId);

    /**
     * Keeps how to reach the lead on other channels unless a later enrichment is kept; emits false, keeping nothing,
     * when it is older or the lead id belongs to another tenant.
     */
    Mono<Boolean> recordContact(LeadContact contact, Instant now);

    /** How to reach the lead on other channels; nothing known: a contact with neither phone nor profile. */
    Mono<LeadContact> contactOf(UUID tenantId, UUID leadId);

    /** The tenant's leads with this address (compared without case): a delivery event may name only the address. */
    Flux<UUID> withEmail(UUID tenantId, String email);

    /** Marks the lead converted; the first conversion's time is kept. Emits whether this call converted it. */
    Mono<Boolean> markConverted(UUID tenantId, UUID leadId, Instant at);
}
