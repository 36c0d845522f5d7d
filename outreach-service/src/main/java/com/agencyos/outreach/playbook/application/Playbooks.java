package com.agencyos.outreach.playbook.application;

import com.agencyos.outreach.playbook.domain.Playbook;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where received playbooks are kept. */
public interface Playbooks {

    /** Keeps the playbook unless its id is already kept. */
    Mono<Void> addIfAbsent(Playbook playbook, Instant receivedAt);

    /** The latest playbook of the tenant that names the lead as waiting or is about its company's domain. */
    Mono<Playbook> latestFor(UUID tenantId, UUID leadId, String companyDomain);
}
