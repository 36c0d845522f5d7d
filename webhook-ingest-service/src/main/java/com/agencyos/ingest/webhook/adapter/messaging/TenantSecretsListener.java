package com.agencyos.ingest.webhook.adapter.messaging;

import com.agencyos.ingest.webhook.application.TenantSecretsService;
import com.agencyos.ingest.webhook.domain.TenantSecret;
import com.agencyos.ingest.webhook.domain.TenantSecrets;
import com.agencyos.ingest.webhook.domain.UnreadableSecretException;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class TenantSecretsListener {

    static final String TENANT_SECRETS = "tenant.secrets";
    static final String TENANT_SECRETS_CHANGED_V1 = "agencyos.tenant.secrets-changed.v1";

    private final Inbox inbox;
    private final TenantSecretsService secrets;

    TenantSecretsListener(Inbox inbox, TenantSecretsService secrets) {
        this.inbox = inbox;
        this.secrets = secrets;
    }

    /** A tombstone carries no CloudEvent; forgetting a tenant twice is harmless, so it needs no inbox entry. */
    @KafkaListener(topics = TENANT_SECRETS)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            secrets.removed(tenantOfKey(record.key())).block(Duration.ofSeconds(30));
            return;
        }
        inbox.process("tenant-secrets", record, event -> event.is(TENANT_SECRETS_CHANGED_V1)
                ? secrets.changed(toSecrets(event)).onErrorMap(UnreadableSecretException.class,
                        e -> new PoisonEventException(e.getMessage(), e))
                : Mono.empty());
    }

    static TenantSecrets toSecrets(IncomingEvent event) {
        TenantSecretsChangedMessage m = event.payload(TenantSecretsChangedMessage.class);
        if (m.tenantId() == null || m.version() == null || m.secrets() == null) {
            throw new PoisonEventException("tenant.secrets-changed needs tenantId, version and secrets");
        }
        if (!m.tenantId().toString().equals(event.key())
                || event.tenantId().filter(header -> !header.equals(m.tenantId())).isPresent()) {
            throw new PoisonEventException("tenant.secrets-changed for tenant " + m.tenantId()
                    + " arrived under another tenant's key or ce_tenantid");
        }
        List<TenantSecret> secrets = m.secrets().stream().map(s -> {
            if (s == null || s.secretId() == null || s.kind() == null || s.sealed() == null) {
                throw new PoisonEventException("every secret needs secretId, kind and sealed");
            }
            return new TenantSecret(s.secretId(), s.kind(), s.sealed(), s.createdAt(), s.expiresAt());
        }).toList();
        return new TenantSecrets(m.tenantId(), m.version(), m.changedAt(), secrets,
                m.allowedHubspotFormIds() == null ? List.of() : m.allowedHubspotFormIds());
    }

    private static UUID tenantOfKey(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("tenant.secrets tombstone whose key is not a tenant id: " + key);
        }
    }
}
