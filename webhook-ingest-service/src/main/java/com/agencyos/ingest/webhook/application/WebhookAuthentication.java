package com.agencyos.ingest.webhook.application;

import com.agencyos.ingest.webhook.domain.AgencySignature;
import com.agencyos.ingest.webhook.domain.BasicCredentials;
import com.agencyos.ingest.webhook.domain.HubSpotSignature;
import com.agencyos.ingest.webhook.domain.TwilioSignature;
import com.agencyos.ingest.webhook.domain.SecretKind;
import com.agencyos.ingest.webhook.domain.Verification;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    public Mono<Verification> verifyHubSpot(UUID tenantId, HubSpotSignature.SignedRequest request) {
        var now = clock.instant();
        return secrets.signingSecrets(tenantId, SecretKind.hubspot_app, now)
                .map(signing -> HubSpotSignature.verify(request, signing, now, tolerance));
    }

    public Mono<Verification> verifyPostmark(UUID tenantId, String authorization) {
        return secrets.signingSecrets(tenantId, SecretKind.postmark_basic, clock.instant())
                .map(signing -> BasicCredentials.verify(authorization, signing));
    }

    public Mono<Verification> verifyTwilio(UUID tenantId, String signature, String url, Map<String, List<String>> params) {
        return secrets.signingSecrets(tenantId, SecretKind.twilio_auth, clock.instant())
                .map(signing -> TwilioSignature.verify(signature, url, params, signing));
    }

    /** The HubSpot forms whose submissions the tenant accepts; empty means every form. */
    public Mono<List<String>> allowedHubSpotForms(UUID tenantId) {
        return secrets.allowedHubSpotForms(tenantId);
    }
}
