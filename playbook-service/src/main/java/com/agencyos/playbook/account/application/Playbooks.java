package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LeadContact;
import com.agencyos.playbook.account.domain.LeadRelation;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.playbook.account.domain.ResearchedPlaybook;
import com.agencyos.playbook.account.domain.PlaybookInsights;
import java.time.Instant;
import java.util.List;
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
    Mono<Boolean> addIfAbsent(AccountPlaybook playbook, boolean announced);

    /** Locks the playbook's row until the transaction ends and tells whether it has been announced. */
    Mono<Boolean> lockAnnounced(UUID playbookId);

    Mono<Boolean> exists(UUID playbookId);

    /** The leads linked as waiting, oldest first. */
    Mono<List<UUID>> waitingLeads(UUID playbookId);

    /** Replaces a lead playbook's content (research done, or the draft with the reason research failed) and marks it announced. */
    Mono<Void> replace(AccountPlaybook playbook, PlaybookInsights insights, Instant announcedAt);

    /** Adds a playbook a user asked for; such playbooks may repeat sites (a forced refresh adds a new one). */
    Mono<Void> addRequested(ResearchedPlaybook playbook);

    /** The newest undeleted playbook of these sites generated at or after {@code after}. */
    Mono<UUID> recent(UUID tenantId, String vendorDomain, String prospectDomain, Instant after);

    /** Hides the playbook from the API; true when there was an undeleted playbook to hide. */
    Mono<Boolean> softDelete(UUID tenantId, UUID playbookId, Instant at);

    Mono<UUID> idOf(UUID tenantId, ProspectDomain account);

    /** Links a lead to a playbook; a lead already linked keeps its first relation. */
    Mono<Void> link(UUID playbookId, UUID tenantId, UUID leadId, LeadRelation relation, Instant at, LeadContact contact);

    Mono<PlaybookDetails> find(UUID tenantId, UUID playbookId);

    Mono<PlaybookPage> page(UUID tenantId, Optional<ProspectDomain> account, PageRequest request);
}
