package com.agencyos.tenant.secret.adapter.messaging;

import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.tenant.secret.application.SecretEvents;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxSecretEvents implements SecretEvents {

    private final Outbox outbox;

    OutboxSecretEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> changed(UUID tenantId, long version, Instant changedAt, List<SealedForTransport> secrets,
            List<String> allowedHubspotFormIds) {
        var message = new SecretsChangedMessage(tenantId, version, changedAt,
                secrets.stream().map(s -> new SecretsChangedMessage.Secret(s.secret().id(), s.secret().kind().name(),
                        s.sealed(), s.secret().createdAt(), s.secret().expiresAt())).toList(),
                allowedHubspotFormIds);
        return outbox.append(OutgoingEvent.of(SecretTopics.TENANT_SECRETS, SecretTopics.SECRETS_CHANGED_V1, tenantId,
                tenantId, message));
    }
}
