package com.agencyos.analytics.lead.adapter.web;

import com.agencyos.analytics.lead.application.LeadDirectory;
import com.agencyos.analytics.lead.domain.InvalidLeadSearch;
import com.agencyos.analytics.lead.domain.LeadSearch;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The lead 360 view of the caller's tenant; every member role may read it. */
@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

    private final LeadDirectory directory;

    LeadController(LeadDirectory directory) {
        this.directory = directory;
    }

    /** The caller's leads, most recent activity first unless sorted otherwise, filtered and paged by cursor. */
    @GetMapping
    Mono<LeadPageResponse> list(Caller caller,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String maxScore,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String sort) {
        UUID tenant = readerTenant(caller);
        LeadSearch search;
        try {
            search = LeadSearch.parse(tier, status, q, minScore, maxScore, limit, cursor, campaign, sort);
        } catch (InvalidLeadSearch e) {
            throw ApiProblem.invalid("The lead search has invalid parameters.", e.errors());
        }
        return directory.search(tenant, search).map(LeadPageResponse::of);
    }

    /** One of the caller's leads with its timeline; another tenant's lead is simply not found. */
    @GetMapping("/{leadId}")
    Mono<LeadDetailResponse> get(Caller caller, @PathVariable UUID leadId) {
        return directory.history(readerTenant(caller), leadId)
                .map(LeadDetailResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Lead", leadId)));
    }

    private static UUID readerTenant(Caller caller) {
        return caller.requireAnyRole(Caller.OWNER, Caller.ADMIN, Caller.MEMBER, Caller.VIEWER).tenantId();
    }
}
