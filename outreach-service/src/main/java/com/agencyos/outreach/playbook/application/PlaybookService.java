package com.agencyos.outreach.playbook.application;

import com.agencyos.outreach.playbook.domain.Playbook;
import java.time.Clock;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class PlaybookService {

    private final Playbooks playbooks;
    private final Clock clock;

    public PlaybookService(Playbooks playbooks, Clock clock) {
        this.playbooks = playbooks;
        this.clock = clock;
    }

    public Mono<Void> received(Playbook playbook) {
        return playbooks.addIfAbsent(playbook, clock.instant());
    }
}
