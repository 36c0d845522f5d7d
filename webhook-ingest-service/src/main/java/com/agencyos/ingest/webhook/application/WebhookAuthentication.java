package com.agencyos.ingest.webhook.application;

import com.agencyos.ingest.webhook.domain.AgencySignature;
import com.agencyos.ingest.webhook.domain.SecretKind;
import com.agencyos.ingest.webhook.domain.Verification;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Checks that a request to a tenant's webhook was signed with one of that tenant's secrets. */
@Service
public class WebhookAuthentication {

    private final TenantSecretsService secrets;
    private final Clock clock;
    private final Duration tolerance;

    public WebhookAuthentication(TenantSecretsService secrets, Clock clock, WebhookSettings settings) {
        this.secrets = secrets;
        this.clock = clock;
        this.tolerance = settings.signatureTolerance();
    }

    public Mono<Verification> verifyAgencySignature(UUID tenantId, String header, byte[] body) {
        var now = clock.instant();
        return secrets.signingSecrets(tenantId, SecretKind.agencyos_webhook, now)
                .map(signing -> AgencySignature.verify(header, body, signing, now, tolerance));
    }
}
