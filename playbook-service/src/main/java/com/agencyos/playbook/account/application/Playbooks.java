package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LeadRelation;
import com.agencyos.playbook.account.domain.ProspectDomain;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where playbooks and their leads are kept; one playbook per tenant and prospect domain. */
public interface Playbooks {

    /**
     * Adds the playbook unless its account already has one. A concurrent addition for the same account waits for
     * the other transaction and then reports false, so only one of them generates.
     *
     * @return true if this playbook was added
     */
    Mono<Boolean> addIfAbsent(AccountPlaybook playbook);

    Mono<UUID> idOf(UUID tenantId, ProspectDomain account);

    /** Links a lead to a playbook; a lead already linked keeps its first relation. */
    Mono<Void> link(UUID playbookId, UUID tenantId, UUID leadId, LeadRelation relation, Instant at);

    Mono<PlaybookDetails> find(UUID tenantId, UUID playbookId);

    Mono<PlaybookPage> page(UUID tenantId, Optional<ProspectDomain> account, PageRequest request);
}
