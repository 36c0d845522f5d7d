package com.agencyos.playbook.account.adapter.messaging;

import com.agencyos.playbook.account.application.TenantVendors;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps each tenant's website, the default vendor of its playbooks; a website that is not a domain counts as none. */
@Component
class TenantChangedListener {

    private final Inbox inbox;
    private final TenantVendors vendors;

    TenantChangedListener(Inbox inbox, TenantVendors vendors) {
        this.inbox = inbox;
        this.vendors = vendors;
    }

    @KafkaListener(topics = PlaybookTopics.TENANT_CHANGED)
    void on(ConsumerRecord<String, String> record) {
        inbox.process("playbook", record, event -> {
            if (!event.is(PlaybookTopics.TENANT_CHANGED_V1)) {
                return Mono.empty();
            }
            TenantChangedMessage changed = event.payload(TenantChangedMessage.class);
            if (changed.tenantId() == null) {
                throw new PoisonEventException("tenant.changed needs tenantId");
            }
            event.requireTenant(changed.tenantId());
            String website = changed.icp() == null ? null : changed.icp().vendorWebsite();
            String domain = ProspectDomain.parse(website).map(ProspectDomain::value).orElse(null);
            return vendors.remember(changed.tenantId(), domain, changed.version() == null ? 0 : changed.version());
        });
    }
}
