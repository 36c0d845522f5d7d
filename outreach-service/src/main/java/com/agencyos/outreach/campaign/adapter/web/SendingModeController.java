package com.agencyos.outreach.campaign.adapter.web;

import com.agencyos.outreach.campaign.application.SendingModes;
import com.agencyos.outreach.campaign.domain.SendingMode;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Switching real sending on is an owner's or admin's decision, for the tenant and for each campaign. */
@RestController
class SendingModeController {

    private final SendingModes modes;
    private final Clock clock;

    SendingModeController(SendingModes modes, Clock clock) {
        this.modes = modes;
        this.clock = clock;
    }

    record ModeBody(String mode) {
    }

    @GetMapping("/api/v1/sending-mode")
    Mono<ModeBody> tenantMode(Caller caller) {
        return modes.ofTenant(caller.tenantId()).map(mode -> new ModeBody(mode.wireName()));
    }

    @PutMapping("/api/v1/sending-mode")
    Mono<ModeBody> setTenantMode(Caller caller, @RequestBody ModeBody body) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        SendingMode mode = parse(body);
        return modes.setForTenant(tenantId, mode, clock.instant()).thenReturn(new ModeBody(mode.wireName()));
    }

    @PutMapping("/api/v1/campaigns/{campaignId}/sending-mode")
    Mono<ModeBody> setCampaignMode(Caller caller, @PathVariable UUID campaignId, @RequestBody ModeBody body) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        SendingMode mode = parse(body);
        return modes.setForCampaign(tenantId, campaignId, mode).flatMap(found -> found ? Mono.just(new ModeBody(mode.wireName()))
                : Mono.error(ApiProblem.notFound("Campaign", campaignId)));
    }

    private static SendingMode parse(ModeBody body) {
        if (body == null || body.mode() == null || !body.mode().matches("draft_only|send")) {
            throw ApiProblem.invalid("The sending mode is draft_only or send", Map.of("mode", "must be draft_only or send"));
        }
        return SendingMode.fromWire(body.mode());
    }
}
