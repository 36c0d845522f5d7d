package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.AccountPlaybook;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Announces generated playbooks; implementations append to the outbox in the caller's transaction. */
public interface PlaybookPublisher {

    Mono<Void> generated(AccountPlaybook playbook, List<UUID> waitingLeadIds);
}
