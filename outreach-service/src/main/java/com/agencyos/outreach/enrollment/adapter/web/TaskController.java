package com.agencyos.outreach.enrollment.adapter.web;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.enrollment.application.TouchScheduler;
import com.agencyos.outreach.enrollment.domain.Task;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Work for people: replies automation must not answer. Anyone in the tenant reads; members and up complete. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    static final int MAX_LIMIT = 500;

    private final EnrollmentService enrollments;
    private final TouchScheduler scheduler;

    TaskController(EnrollmentService enrollments, TouchScheduler scheduler) {
        this.enrollments = enrollments;
        this.scheduler = scheduler;
    }

    @GetMapping
    Mono<List<TaskResponse>> list(Caller caller, @RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "100") int limit) {
        if (!status.equals(Task.OPEN) && !status.equals(Task.DONE)) {
            throw ApiProblem.invalid("status is open or done.", Map.of("status", "must be open or done"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ".", Map.of("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return enrollments.tasks(caller.tenantId(), status, limit).map(TaskResponse::of).collectList();
    }

    @PostMapping("/{taskId}/complete")
    Mono<TaskResponse> complete(Caller caller, @PathVariable UUID taskId) {
        Caller writer = caller.requireWriter();
        return scheduler.completeTask(writer.tenantId(), taskId, writer.subject())
                .map(TaskResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Task", taskId)));
    }

    record TaskResponse(UUID id, String kind, String status, UUID leadId, UUID campaignId, UUID enrollmentId, UUID replyId,
            UUID touchId, String title, String detail, Instant createdAt, Instant completedAt, String completedBy) {

        static TaskResponse of(Task t) {
            return new TaskResponse(t.id(), t.kind(), t.status(), t.leadId(), t.campaignId(), t.enrollmentId(), t.replyId(),
                    t.touchId(), t.title(), t.detail(), t.createdAt(), t.completedAt(), t.completedBy());
        }
    }
}
