package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentThread;
import java.util.List;
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

    /**
     * Serialises, per tenant, holding a lead for its playbook and releasing leads when one arrives, until the surrounding
     * transaction ends: a lead held concurrently with its playbook's arrival is seen by the release, never left waiting.
     */
    Mono<Void> lockPlaybookWaits(UUID tenantId);

    /** The tenant's waiting enrolments of the given leads or of leads at the given company domain, locked. */
    Flux<Enrollment> lockWaiting(UUID tenantId, List<UUID> leadIds, String companyDomain);

    Mono<Void> recordThread(UUID enrollmentId, EnrollmentThread thread);
}
