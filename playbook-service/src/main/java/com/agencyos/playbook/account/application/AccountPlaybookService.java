package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LeadRelation;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.playbook.account.domain.ScoredLead;
import com.agencyos.playbook.account.domain.SkeletonPlaybookWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class AccountPlaybookService {

    private final Playbooks playbooks;
    private final PlaybookPublisher publisher;
    private final Clock clock;

    public AccountPlaybookService(Playbooks playbooks, PlaybookPublisher publisher, Clock clock) {
        this.playbooks = playbooks;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Makes sure the lead's account has a playbook. The first lead of an account generates it and is named in
     * {@code playbook.generated}; a later (or concurrent) lead of the same account is attached to the existing
     * playbook without a second announcement. Runs in the caller's (the inbox's) transaction.
     */
    public Mono<Void> onLeadScored(ScoredLead lead) {
        Optional<ProspectDomain> account = lead.accountNeedingPlaybook();
        if (account.isEmpty()) {
            return Mono.empty();
        }
        // Millisecond precision so the stored, served and published times are the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AccountPlaybook draft = SkeletonPlaybookWriter.write(UUID.randomUUID(), lead, account.get(), now);
        return playbooks.addIfAbsent(draft).flatMap(added -> added
                ? playbooks.link(draft.id(), lead.tenantId(), lead.leadId(), LeadRelation.waiting, now)
                        .then(publisher.generated(draft, List.of(lead.leadId())))
                : playbooks.idOf(lead.tenantId(), account.get())
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                                "The playbook of " + account.get() + " vanished while a lead was being attached")))
                        .flatMap(id -> playbooks.link(id, lead.tenantId(), lead.leadId(), LeadRelation.attached, now)));
    }

    public Mono<PlaybookDetails> find(UUID tenantId, UUID playbookId) {
        return playbooks.find(tenantId, playbookId);
    }

    public Mono<PlaybookPage> page(UUID tenantId, Optional<ProspectDomain> account, PageRequest request) {
        return playbooks.page(tenantId, account, request);
    }
}
