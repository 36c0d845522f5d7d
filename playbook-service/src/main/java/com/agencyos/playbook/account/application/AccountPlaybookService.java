package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import com.agencyos.playbook.account.domain.LeadRelation;
import com.agencyos.playbook.account.domain.PlaybookRun;
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
    private final TenantVendors vendors;
    private final Runs runs;
    private final Clock clock;

    public AccountPlaybookService(Playbooks playbooks, PlaybookPublisher publisher, TenantVendors vendors, Runs runs,
            Clock clock) {
        this.playbooks = playbooks;
        this.publisher = publisher;
        this.vendors = vendors;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Makes sure the lead's account has a playbook; exactly one generation per account, however many of its leads
     * arrive at once (the unique index on tenant and domain decides). When the tenant's website is known, the first
     * lead queues research of website × company domain and waits; leads arriving before the playbook is announced
     * wait too, and {@code playbook.generated} names them all. Without a known website the template playbook is
     * announced at once. A lead arriving after the announcement is attached without a second one. Runs in the
     * caller's (the inbox's) transaction; the queued run is picked up once it has committed.
     */
    public Mono<Void> onLeadScored(ScoredLead lead) {
        Optional<ProspectDomain> account = lead.accountNeedingPlaybook();
        if (account.isEmpty()) {
            return Mono.empty();
        }
        // Millisecond precision so the stored, served and published times are the same instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return vendors.vendorOf(lead.tenantId()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(vendor -> {
            AccountPlaybook template = SkeletonPlaybookWriter.write(UUID.randomUUID(), lead, account.get(), now);
            AccountPlaybook draft = vendor.map(v -> template.forVendor(v)).orElse(template);
            boolean researched = vendor.isPresent();
            return playbooks.addIfAbsent(draft, !researched).flatMap(added -> {
                if (!added) {
                    return attach(lead, account.get(), now);
                }
                Mono<Void> linked = playbooks.link(draft.id(), lead.tenantId(), lead.leadId(), LeadRelation.waiting, now,
                        lead.contact());
                return researched
                        ? linked.then(runs.add(PlaybookRun.queued(UUID.randomUUID(), lead.tenantId(), draft.id(), vendor.get(),
                                account.get().value(), now, null)))
                        : linked.then(publisher.generated(draft, List.of(lead.leadId())));
            });
        });
    }

    private Mono<Void> attach(ScoredLead lead, ProspectDomain account, Instant now) {
        return playbooks.idOf(lead.tenantId(), account)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "The playbook of " + account + " vanished while a lead was being attached")))
                .flatMap(id -> playbooks.lockAnnounced(id).flatMap(announced -> playbooks.link(id, lead.tenantId(),
                        lead.leadId(), announced ? LeadRelation.attached : LeadRelation.waiting, now, lead.contact())));
    }

    public Mono<PlaybookDetails> find(UUID tenantId, UUID playbookId) {
        return playbooks.find(tenantId, playbookId);
    }

    public Mono<PlaybookPage> page(UUID tenantId, Optional<ProspectDomain> account, PageRequest request) {
        return playbooks.page(tenantId, account, request);
    }
}
