package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.application.HubSpotMappings;
import com.agencyos.ingest.lead.application.LeadIntakeService;
import com.agencyos.ingest.lead.domain.HubSpotFieldMapping;
import com.agencyos.ingest.lead.domain.IntakeOutcome;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.tenant.application.TenantStateService;
import com.agencyos.ingest.webhook.application.WebhookAuthentication;
import com.agencyos.ingest.webhook.domain.HubSpotSignature;
import com.agencyos.ingest.webhook.domain.Verification;
import com.agencyos.platform.web.ApiProblem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * HubSpot submissions for one tenant, signed with the tenant's HubSpot app secret. Same order of checks as our own
 * webhook: media type, size, signature, tenant state and intake rate, and only then the body, the form filter and the tenant's field mapping.
 * A submission id dedupes retries as {@code hubspot:<submissionId>}; the prefix keeps it apart from the
 * {@code externalId}s other sources of the tenant use.
 */
@RestController
class HubSpotWebhookController {

    static final String SOURCE_REF_PREFIX = "hubspot:";

    private final WebhookAuthentication authentication;
    private final LeadIntakeService intake;
    private final HubSpotMappings mappings;
    private final TenantStateService tenants;
    private final DataSize maxBody;
    private final Duration tolerance;
    private final String publicBaseUrl;

    HubSpotWebhookController(WebhookAuthentication authentication, LeadIntakeService intake, HubSpotMappings mappings,
            TenantStateService tenants, IngestProperties properties) {
        this.tenants = tenants;
        this.authentication = authentication;
        this.intake = intake;
        this.mappings = mappings;
        this.maxBody = properties.maxBodySize();
        this.tolerance = properties.signatureTolerance();
        String base = properties.publicBaseUrl();
        this.publicBaseUrl = base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }

    @PostMapping(path = "/webhooks/hubspot/{tenantId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<LeadAccepted>> receive(@PathVariable String tenantId, ServerHttpRequest request) {
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            UUID tenant = tenant(tenantId);
            HttpHeaders headers = request.getHeaders();
            var signed = new HubSpotSignature.SignedRequest(request.getMethod().name(), signedUri(request), body,
                    headers.getFirst(HubSpotSignature.V3_HEADER), headers.getFirst(HubSpotSignature.TIMESTAMP_HEADER),
                    headers.getFirst(HubSpotSignature.LEGACY_HEADER), headers.getFirst(HubSpotSignature.VERSION_HEADER));
            return authentication.verifyHubSpot(tenant, signed).flatMap(verification -> {
                if (!(verification instanceof Verification.Verified verified)) {
                    return Mono.error(rejected(((Verification.Rejected) verification).reason()));
                }
                String by = "secret:" + verified.secretId();
                return tenants.admitWebhookLead(tenant).then(Mono.defer(() -> accept(tenant, body, by)));
            });
        }).map(LeadAccepted::response);
    }

    private Mono<IntakeOutcome> accept(UUID tenant, byte[] body, String authenticatedBy) {
        var form = HubSpotSubmissionJson.read(body);
        return authentication.allowedHubSpotForms(tenant)
                .doOnNext(allowed -> requireAllowed(form, allowed))
                .then(mappings.find(tenant).defaultIfEmpty(HubSpotFieldMapping.standard()))
                .flatMap(mapping -> {
                    String externalId = form.submissionId() == null ? null : SOURCE_REF_PREFIX + form.submissionId();
                    var mapped = mapping.apply(form.values(), externalId, form.consent());
                    if (!mapped.errors().isEmpty()) {
                        return Mono.error(ApiProblem.invalid("The HubSpot submission does not make a lead "
                                + "under this tenant's field mapping.", mapped.errors()));
                    }
                    return intake.receive(tenant, LeadSource.HUBSPOT, mapped.submission(), body, authenticatedBy);
                });
    }

    /** What HubSpot signed: the URL it was configured with, which is our public base plus the path and query. */
    private String signedUri(ServerHttpRequest request) {
        URI uri = request.getURI();
        String base = publicBaseUrl != null ? publicBaseUrl : uri.getScheme() + "://" + uri.getRawAuthority();
        return base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static void requireAllowed(HubSpotSubmissionJson.HubSpotForm form, List<String> allowed) {
        if (allowed.isEmpty() || form.fromWorkflow() || allowed.contains(form.formId())) {
            return;
        }
        throw new ApiProblem(HttpStatus.FORBIDDEN, "form-not-allowed", "Forbidden",
                form.formId() == null ? "This tenant accepts only named HubSpot forms and the submission names none."
                        : "This tenant does not accept submissions of HubSpot form " + form.formId() + ".",
                Map.of("formId", form.formId() == null ? "" : form.formId()));
    }

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
                    "This tenant has no HubSpot app secret; add one before pointing HubSpot here.");
            case MISSING -> unauthorized("invalid-signature", "Neither " + HubSpotSignature.V3_HEADER + " nor "
                    + HubSpotSignature.LEGACY_HEADER + " is present.");
            case MALFORMED -> unauthorized("invalid-signature", "The signature headers are malformed: v3 needs base64 and "
                    + HubSpotSignature.TIMESTAMP_HEADER + " in milliseconds; v1/v2 need 64 hex digits.");
            case STALE -> unauthorized("stale-signature",
                    "The request timestamp is more than " + tolerance.toSeconds()
                            + " seconds from our clock; HubSpot signs each delivery afresh.");
            case MISMATCH -> unauthorized("invalid-signature",
                    "No HubSpot app secret of this tenant produces this signature for this request.");
        };
    }

    private static ApiProblem unauthorized(String slug, String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, slug, "Unauthorized", detail);
    }
}
