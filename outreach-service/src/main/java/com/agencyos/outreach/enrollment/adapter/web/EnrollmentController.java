package com.agencyos.outreach.enrollment.adapter.web;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.enrollment.application.EnrolledLead;
import com.agencyos.outreach.enrollment.application.EnrollmentService;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/enrollments")
class EnrollmentController {

    static final int MAX_LIMIT = 500;

    private final CampaignService campaigns;
    private final EnrollmentService enrollments;

    EnrollmentController(CampaignService campaigns, EnrollmentService enrollments) {
        this.campaigns = campaigns;
        this.enrollments = enrollments;
    }

    /** The enrolments of one of the caller's campaigns, oldest first; another tenant's campaign is not found. */
    @GetMapping
    Mono<List<EnrollmentResponse>> list(Caller caller, @PathVariable UUID campaignId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalid("limit must be between 1 and " + MAX_LIMIT + ".",
                    Map.of("limit", "must be between 1 and " + MAX_LIMIT));
        }
        UUID tenantId = caller.tenantId();
        return campaigns.find(tenantId, campaignId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Campaign", campaignId)))
                .flatMap(campaign -> enrollments.enrollmentsIn(tenantId, campaign.id(), limit)
                        .map(EnrollmentResponse::of).collectList());
    }

    record EnrollmentResponse(UUID id, UUID leadId, UUID campaignId, String email, String firstName, String lastName,
            String companyName, String status, String reason, int currentStep, String tier, double score,
            Instant createdAt, Instant enrolledAt, Instant stoppedAt, Instant pausedUntil) {

        static EnrollmentResponse of(EnrolledLead enrolled) {
            var e = enrolled.enrollment();
            return new EnrollmentResponse(e.id(), e.leadId(), e.campaignId(), enrolled.email(), enrolled.firstName(),
                    enrolled.lastName(), enrolled.companyName(), e.status().wireName(), e.reason(), e.currentStep(),
                    e.tier(), e.score(), e.createdAt(), e.enrolledAt(), e.stoppedAt(), e.pausedUntil());
        }
    }
}
