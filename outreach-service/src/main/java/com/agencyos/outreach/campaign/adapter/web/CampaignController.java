package com.agencyos.outreach.campaign.adapter.web;

import com.agencyos.outreach.campaign.adapter.web.CampaignBodies.CampaignRequest;
import com.agencyos.outreach.campaign.adapter.web.CampaignBodies.CampaignResponse;
import com.agencyos.outreach.campaign.adapter.web.CampaignBodies.StatusRequest;
import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.CampaignConflict;
import com.agencyos.outreach.campaign.domain.CampaignRuleViolation;
import com.agencyos.outreach.campaign.domain.CampaignStatus;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Campaigns: viewers read, members and above write, owners and admins delete (softly). */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The caller's tenant's campaigns, oldest first; deleted ones are gone. */
    @GetMapping
    Flux<CampaignResponse> list(Caller caller) {
        return campaigns.list(caller.tenantId()).map(CampaignResponse::of);
    }

    @GetMapping("/{campaignId}")
    Mono<CampaignResponse> get(Caller caller, @PathVariable UUID campaignId) {
        return campaigns.find(caller.tenantId(), campaignId).map(CampaignResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Campaign", campaignId)));
    }

    /** A new campaign, always a draft; leaving settings or sequence out takes the defaults. */
    @PostMapping
    Mono<ResponseEntity<CampaignResponse>> create(Caller caller, @RequestBody CampaignRequest request) {
        UUID tenantId = caller.requireWriter().tenantId();
        return campaigns.planOf(tenantId)
                .flatMap(plan -> checked(() -> campaigns.create(tenantId, request.name(),
                        CampaignBodies.settings(request.settings(), plan.defaultPermissionMode()),
                        CampaignBodies.sequence(request.sequence()))))
                .map(c -> ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.id())).body(CampaignResponse.of(c)));
    }

    /** Replaces name, settings and sequence of a draft or paused campaign (409 otherwise). */
    @PutMapping("/{campaignId}")
    Mono<CampaignResponse> edit(Caller caller, @PathVariable UUID campaignId, @RequestBody CampaignRequest request) {
        UUID tenantId = caller.requireWriter().tenantId();
        return campaigns.planOf(tenantId)
                .flatMap(plan -> checked(() -> campaigns.edit(tenantId, campaignId, request.name(),
                        CampaignBodies.settings(request.settings(), plan.defaultPermissionMode()),
                        CampaignBodies.sequence(request.sequence()))))
                .map(CampaignResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Campaign", campaignId)));
    }

    /** {@code {"status": "active" | "paused" | "completed"}}; an invalid transition or the tier's limit is 409. */
    @PutMapping("/{campaignId}/status")
    Mono<CampaignResponse> changeStatus(Caller caller, @PathVariable UUID campaignId, @RequestBody StatusRequest request) {
        UUID tenantId = caller.requireWriter().tenantId();
        return checked(() -> {
            CampaignStatus target;
            try {
                target = CampaignStatus.fromWire(request.status() == null ? "" : request.status());
            } catch (IllegalArgumentException e) {
                throw new CampaignRuleViolation("status", "must be one of draft, active, paused, completed");
            }
            return campaigns.changeStatus(tenantId, campaignId, target);
        }).map(CampaignResponse::of).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Campaign", campaignId)));
    }

    /** Soft delete by an owner or admin: the campaign disappears from reads and enrols no one. */
    @DeleteMapping("/{campaignId}")
    Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable UUID campaignId) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        return checked(() -> campaigns.delete(tenantId, campaignId))
                .flatMap(deleted -> deleted ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(ApiProblem.notFound("Campaign", campaignId)));
    }

    /** Domain refusals become problems: a broken rule is 400 naming the field, a state conflict 409. */
    private static <T> Mono<T> checked(Supplier<Mono<T>> action) {
        return Mono.defer(action).onErrorMap(CampaignRuleViolation.class,
                        e -> ApiProblem.invalid(e.getMessage(), Map.copyOf(e.fieldErrors())))
                .onErrorMap(CampaignConflict.class, e -> ApiProblem.conflict(e.slug(), e.getMessage()));
    }
}
