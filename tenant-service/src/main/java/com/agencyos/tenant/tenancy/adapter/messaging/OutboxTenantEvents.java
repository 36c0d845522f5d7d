package com.agencyos.tenant.tenancy.adapter.messaging;

import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.tenant.tenancy.application.TenantEvents;
import com.agencyos.tenant.tenancy.domain.Tenant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxTenantEvents implements TenantEvents {

    private final Outbox outbox;

    OutboxTenantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> changed(Tenant tenant, long leadPoolUsed) {
        return outbox.append(OutgoingEvent.of(TenantTopics.TENANT_CHANGED, TenantTopics.TENANT_CHANGED_V1,
                tenant.id(), tenant.id(), toMessage(tenant, leadPoolUsed)));
    }

    static TenantChangedMessage toMessage(Tenant tenant, long leadPoolUsed) {
        var quotas = tenant.quotas();
        var icp = tenant.icp();
        return new TenantChangedMessage(tenant.id(), tenant.name(), tenant.status().name(), tenant.tier().name(),
                new TenantChangedMessage.Quotas(quotas.leadPoolPerMonth(), quotas.maxActiveCampaigns(),
                        quotas.linkedinSeats()),
                leadPoolUsed, tenant.timeZone().getId(), tenant.country(), tenant.defaultPermissionMode().name(),
                new TenantChangedMessage.Icp(icp.industries(), icp.sizeMin(), icp.sizeMax(), icp.locations(),
                        icp.titles(), icp.competitorDomains(), icp.vendorWebsite()),
                tenant.dataSharingConsent(), tenant.deleted(), tenant.version());
    }
}
