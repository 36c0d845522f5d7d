package com.agencyos.outreach.playbook.application;

import com.agencyos.outreach.playbook.domain.Playbook;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Where received playbooks are kept. */
public interface Playbooks {

    /** Keeps the playbook unless its id is already kept. */
    Mono<Void> addIfAbsent(Playbook playbook, Instant receivedAt);
}
