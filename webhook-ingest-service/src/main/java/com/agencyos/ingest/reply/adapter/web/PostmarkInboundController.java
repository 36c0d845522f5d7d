package com.agencyos.ingest.reply.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.adapter.web.RequestBodies;
import com.agencyos.ingest.reply.application.ReplyIntakeService;
import com.agencyos.ingest.webhook.application.WebhookAuthentication;
import com.agencyos.ingest.webhook.domain.Verification;
import com.agencyos.platform.web.ApiProblem;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
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
 * Postmark's inbound webhook for one tenant, authenticated with the tenant's {@code postmark_basic} credentials.
 * Postmark retries anything but a 200 for hours, so a stored reply and a redelivery of one both answer 200.
 */
@RestController
class PostmarkInboundController {

    private final WebhookAuthentication authentication;
    private final ReplyIntakeService replies;
    private final DataSize maxBody;
    private final Clock clock;

    PostmarkInboundController(WebhookAuthentication authentication, ReplyIntakeService replies, IngestProperties properties,
            Clock clock) {
        this.authentication = authentication;
        this.replies = replies;
        this.maxBody = properties.maxBodySize();
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/postmark/{tenantId}/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ReplyStored> inbound(@PathVariable String tenantId, ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            UUID tenant = tenant(tenantId);
            return authentication.verifyPostmark(tenant, authorization).flatMap(verification -> {
                if (!(verification instanceof Verification.Verified)) {
                    return Mono.error(rejected(((Verification.Rejected) verification).reason()));
                }
                var inbound = PostmarkInboundJson.read(tenant, body, clock.instant().truncatedTo(ChronoUnit.MICROS));
                return replies.receive(inbound, body);
            });
        }).map(received -> new ReplyStored(received.replyId(), received.matched()));
    }

    record ReplyStored(UUID replyId, boolean matched) {
    }

    private static UUID tenant(String tenantId) {
        try {
            return UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            throw rejected(Verification.Reason.NOT_CONFIGURED);
        }
    }

    private static ApiProblem rejected(Verification.Reason reason) {
        return switch (reason) {
            case NOT_CONFIGURED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "webhook-not-configured", "Unauthorized",
                    "This tenant has no Postmark credentials; add them before pointing Postmark here.");
            case MISSING, MALFORMED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Unauthorized",
                    "Basic credentials are required: put them in the webhook URL configured at Postmark.");
            case STALE, MISMATCH -> new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Unauthorized",
                    "These are not this tenant's Postmark credentials.");
        };
    }
}
