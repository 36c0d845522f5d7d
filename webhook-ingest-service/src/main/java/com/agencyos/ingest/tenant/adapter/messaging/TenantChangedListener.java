package com.agencyos.ingest.tenant.adapter.messaging;

import com.agencyos.ingest.tenant.application.TenantStateService;
import com.agencyos.ingest.tenant.domain.TenantState;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class TenantChangedListener {

    static final String TENANT_CHANGED = "tenant.changed";
    static final String TENANT_CHANGED_V1 = "agencyos.tenant.changed.v1";

    private final Inbox inbox;
    private final TenantStateService states;

    TenantChangedListener(Inbox inbox, TenantStateService states) {
        this.inbox = inbox;
        this.states = states;
    }

    /** A tombstone carries no CloudEvent; forgetting a tenant twice is harmless, so it needs no inbox entry. */
    @KafkaListener(topics = TENANT_CHANGED)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            states.removed(tenantOfKey(record.key())).block(Duration.ofSeconds(30));
            return;
        }
        inbox.process("tenant-state", record, event -> event.is(TENANT_CHANGED_V1) ? states.changed(toState(event)) : Mono.empty());
    }

    static TenantState toState(IncomingEvent event) {
        TenantChangedMessage m = event.payload(TenantChangedMessage.class);
        if (m.tenantId() == null || m.status() == null || m.deleted() == null || m.version() == null) {
            throw new PoisonEventException("tenant.changed needs tenantId, status, deleted and version");
        }
        if (!m.tenantId().toString().equals(event.key())) {
            throw new PoisonEventException("tenant.changed for tenant " + m.tenantId() + " arrived under another key");
        }
        event.requireTenant(m.tenantId());
        return new TenantState(m.tenantId(), m.status(), m.deleted(), m.version());
    }

    private static UUID tenantOfKey(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("tenant.changed tombstone whose key is not a tenant id: " + key);
        }
    }
}
