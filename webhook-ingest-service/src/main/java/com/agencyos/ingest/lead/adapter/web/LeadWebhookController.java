package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.application.LeadIntakeService;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.tenant.application.TenantStateService;
import com.agencyos.ingest.webhook.application.WebhookAuthentication;
import com.agencyos.ingest.webhook.domain.AgencySignature;
import com.agencyos.ingest.webhook.domain.Verification;
import com.agencyos.platform.web.ApiProblem;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Our own signed lead webhook (public: the signature is the authentication). Order of checks: media type, size,
 * signature, tenant state and intake rate, and only then is the body parsed, so nothing an unauthenticated caller
 * sends reaches the JSON reader or the database.
 */
@RestController
class LeadWebhookController {

    private final WebhookAuthentication authentication;
    private final LeadIntakeService intake;
    private final TenantStateService tenants;
    private final DataSize maxBody;
    private final Duration tolerance;

    LeadWebhookController(WebhookAuthentication authentication, LeadIntakeService intake, TenantStateService tenants,
            IngestProperties properties) {
        this.authentication = authentication;
        this.intake = intake;
        this.tenants = tenants;
        this.maxBody = properties.maxBodySize();
        this.tolerance = properties.signatureTolerance();
    }

    @PostMapping(path = "/webhooks/leads/{tenantId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<LeadAccepted>> receive(@PathVariable String tenantId,
            @RequestHeader(name = AgencySignature.HEADER, required = false) String signature, ServerHttpRequest request) {
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            UUID tenant = tenant(tenantId);
            return authentication.verifyAgencySignature(tenant, signature, body).flatMap(verification -> {
                if (!(verification instanceof Verification.Verified verified)) {
                    return Mono.error(rejected(((Verification.Rejected) verification).reason()));
                }
                return tenants.admitWebhookLead(tenant).then(Mono.defer(() -> intake.receive(tenant, LeadSource.WEBHOOK,
                        LeadSubmissionJson.read(body), body, "secret:" + verified.secretId())));
            });
        }).map(LeadAccepted::response);
    }

    /** A path that names no tenant is answered like a tenant without secrets: nobody can sign for it. */
    private UUID tenant(String tenantId) {
        try {
            return UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            throw rejected(Verification.Reason.NOT_CONFIGURED);
        }
    }

    private ApiProblem rejected(Verification.Reason reason) {
        return switch (reason) {
            case NOT_CONFIGURED -> unauthorized("webhook-not-configured",
                    "This tenant has no webhook secret; create one before sending signed leads.");
            case MISSING -> unauthorized("invalid-signature", "The " + AgencySignature.HEADER + " header is missing.");
            case MALFORMED -> unauthorized("invalid-signature", "The " + AgencySignature.HEADER
                    + " header must read t=<unix seconds>,v1=<64 hex digits>.");
            case STALE -> unauthorized("stale-signature",
                    "The signature's timestamp is more than " + tolerance.toSeconds()
                            + " seconds from our clock; sign again with the current time.");
            case MISMATCH -> unauthorized("invalid-signature",
                    "No webhook secret of this tenant produces this signature for this body and timestamp.");
        };
    }

    private static ApiProblem unauthorized(String slug, String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, slug, "Unauthorized", detail);
    }
}
