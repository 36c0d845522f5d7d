package com.agencyos.outreach.enrollment.adapter.web;

import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.outreach.enrollment.application.UnsubscribeService;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/touches")
class TouchController {

    private final EnrollmentService enrollments;
    private final UnsubscribeService unsubscribes;

    TouchController(EnrollmentService enrollments, UnsubscribeService unsubscribes) {
        this.enrollments = enrollments;
        this.unsubscribes = unsubscribes;
    }

    /** One of the caller's touches, draft or sent, with its content; another tenant's touch is not found. */
    @GetMapping("/{touchId}")
    Mono<TouchResponse> get(Caller caller, @PathVariable UUID touchId) {
        return enrollments.touch(caller.tenantId(), touchId)
                .map(t -> TouchResponse.of(t, unsubscribes.linkFor(t.tenantId(), t.leadId(), t.to())))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Touch", touchId)));
    }

    record TouchResponse(UUID id, UUID leadId, UUID campaignId, UUID enrollmentId, int step, String channel,
            String mode, UUID resourceId, String messageId, String to, String subject, String body,
            Instant createdAt, long costMicros, String unsubscribeUrl) {

        /** @param unsubscribeUrl the recipient's one-click unsubscribe link, for a person sending the draft */
        static TouchResponse of(Touch t, String unsubscribeUrl) {
            return new TouchResponse(t.id(), t.leadId(), t.campaignId(), t.enrollmentId(), t.step(),
                    t.channel().wireName(), t.mode().wireName(), t.resourceId(), t.messageId(), t.to(), t.subject(),
                    t.body(), t.createdAt(), t.costMicros(), unsubscribeUrl);
        }
    }
}
