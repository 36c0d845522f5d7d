package com.agencyos.outreach.campaign.adapter.messaging;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.PermissionMode;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class TenantChangedListener {

    static final String CONSUMER = "outreach.tenant-changed";
    static final String TENANT_CHANGED = "tenant.changed";
    static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";

    private final Inbox inbox;
    private final CampaignService campaigns;

    TenantChangedListener(Inbox inbox, CampaignService campaigns) {
        this.inbox = inbox;
        this.campaigns = campaigns;
    }

    @KafkaListener(topics = TENANT_CHANGED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, event -> event.is(TENANT_CHANGED_V1)
                ? campaigns.tenantChanged(plan(event))
                : Mono.empty());
    }

    static TenantPlan plan(IncomingEvent event) {
        TenantChangedMessage m = event.payload(TenantChangedMessage.class);
        if (m.tenantId() == null || m.status() == null || m.tier() == null || m.quotas() == null
                || m.quotas().maxActiveCampaigns() == null || m.quotas().maxActiveCampaigns() < 0 || m.version() == null
                || m.defaultPermissionMode() == null || m.timeZone() == null || m.deleted() == null) {
            throw new PoisonEventException("tenant.changed needs tenantId, status, tier, quotas.maxActiveCampaigns (>= 0), "
                    + "timeZone, defaultPermissionMode, deleted and version");
        }
        event.requireTenant(m.tenantId());
        PermissionMode mode;
        try {
            mode = PermissionMode.fromWire(m.defaultPermissionMode());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("tenant.changed has an unknown defaultPermissionMode " + m.defaultPermissionMode(), e);
        }
        return new TenantPlan(m.tenantId(), m.status(), m.tier(), m.quotas().maxActiveCampaigns(), mode, m.timeZone(),
                m.deleted(), m.version());
    }
}
