package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Task;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where tasks for people are kept. Every read is scoped to a tenant. */
public interface Tasks {

    /** Opens the task unless one is already open for its reply (a redelivered reply opens no second task). */
    Mono<Void> open(Task task);

    /** The tenant's tasks with this status, oldest first. */
    Flux<Task> withStatus(UUID tenantId, String status, int limit);

    /** Marks the task done; emits it, or nothing when the tenant has no such task. Completing a done task keeps it. */
    Mono<Task> complete(UUID tenantId, UUID taskId, String by, Instant at);
}
