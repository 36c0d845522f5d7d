package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentThread;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where enrolments are kept. Every read is scoped to a tenant. */
public interface Enrollments {

    Mono<Void> save(Enrollment enrollment);

    Mono<Enrollment> find(UUID tenantId, UUID leadId, UUID campaignId);

    Flux<Enrollment> ofLead(UUID tenantId, UUID leadId);

    /** The campaign's enrolments with who they are about, oldest first. */
    Flux<EnrolledLead> inCampaign(UUID tenantId, UUID campaignId, int limit);

    /** The enrolment, locked until the surrounding transaction ends: a stop and a due touch take turns. */
    Mono<Enrollment> lock(UUID enrollmentId);

    Mono<EnrollmentThread> thread(UUID enrollmentId);

    Mono<Void> recordThread(UUID enrollmentId, EnrollmentThread thread);
}
