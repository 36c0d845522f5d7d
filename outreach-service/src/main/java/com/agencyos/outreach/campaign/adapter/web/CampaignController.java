package com.agencyos.outreach.campaign.adapter.web;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.platform.web.Caller;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The caller's tenant's campaigns, oldest first; any role may read them. */
    @GetMapping
    Flux<CampaignResponse> list(Caller caller) {
        return campaigns.list(caller.tenantId()).map(CampaignResponse::of);
    }

    record CampaignResponse(UUID id, String name, String origin, String sendingMode, Instant createdAt) {

        static CampaignResponse of(Campaign c) {
            return new CampaignResponse(c.id(), c.name(), c.origin().wireName(), c.sendingMode().wireName(),
                    c.createdAt());
        }
    }
}
