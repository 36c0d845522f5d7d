package com.agencyos.ingest.delivery.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.delivery.application.DeliveryReportService;
import com.agencyos.ingest.lead.adapter.web.RequestBodies;
import com.agencyos.ingest.webhook.application.WebhookAuthentication;
import com.agencyos.ingest.webhook.domain.Verification;
import com.agencyos.platform.web.ApiProblem;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Postmark's bounce and spam-complaint webhooks for one tenant (point both at this URL), with the tenant's
 * {@code postmark_basic} credentials. Every accepted record answers 200, a redelivery and an ignored type included,
 * because Postmark retries anything else for hours.
 */
@RestController
class PostmarkDeliveryController {

    private final WebhookAuthentication authentication;
    private final DeliveryReportService reports;
    private final DataSize maxBody;
    private final Clock clock;

    PostmarkDeliveryController(WebhookAuthentication authentication, DeliveryReportService reports,
            IngestProperties properties, Clock clock) {
        this.authentication = authentication;
        this.reports = reports;
        this.maxBody = properties.maxBodySize();
        this.clock = clock;
    }

    /** {@code handled} is false for a record that is no bounce or complaint; {@code first} false for a redelivery. */
    record Handled(boolean handled, boolean first) {
    }

    @PostMapping(path = "/webhooks/postmark/{tenantId}/delivery", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Handled> delivery(@PathVariable String tenantId, ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            UUID tenant = tenant(tenantId);
            return authentication.verifyPostmark(tenant, authorization).flatMap(verification -> {
                if (!(verification instanceof Verification.Verified)) {
                    return Mono.error(rejected(((Verification.Rejected) verification).reason()));
                }
                return PostmarkDeliveryJson.read(tenant, body, clock.instant())
                        .map(report -> reports.report(report, body).map(first -> new Handled(true, first)))
                        .orElseGet(() -> Mono.just(new Handled(false, false)));
            });
        });
    }

    private static UUID tenant(String tenantId) {
        try {
            return UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            throw rejected(Verification.Reason.NOT_CONFIGURED);
        }
    }

    private static ApiProblem rejected(Verification.Reason reason) {
        return reason == Verification.Reason.NOT_CONFIGURED
                ? new ApiProblem(HttpStatus.UNAUTHORIZED, "webhook-not-configured", "Unauthorized",
                        "This tenant has no Postmark credentials; add them before pointing Postmark here.")
                : new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Unauthorized",
                        "These are not this tenant's Postmark credentials.");
    }
}
