package com.agencyos.analytics.lead.adapter.web;

import com.agencyos.analytics.lead.application.LeadRebuild;
import com.agencyos.platform.web.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Rebuilding the lead view from the facts is an operation of the platform, not of a tenant. */
@RestController
class RebuildController {

    private final LeadRebuild rebuild;

    RebuildController(LeadRebuild rebuild) {
        this.rebuild = rebuild;
    }

    record RebuildResponse(long leads, long facts, long tookMillis) {
    }

    @PostMapping("/api/v1/analytics/admin/rebuild")
    Mono<RebuildResponse> rebuild(Caller caller) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return rebuild.rebuild().map(done -> new RebuildResponse(done.leads(), done.facts(), done.took().toMillis()));
    }
}
