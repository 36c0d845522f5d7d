package com.agencyos.ingest.reply.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.adapter.web.RequestBodies;
import com.agencyos.ingest.lead.domain.SourceRef;
import com.agencyos.ingest.reply.application.ReplyIntakeService;
import com.agencyos.ingest.reply.domain.InboundReply;
import com.agencyos.ingest.webhook.application.WebhookAuthentication;
import com.agencyos.ingest.webhook.domain.TwilioSignature;
import com.agencyos.ingest.webhook.domain.Verification;
import com.agencyos.platform.web.ApiProblem;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Twilio's inbound SMS webhook for one tenant, signed with the tenant's {@code twilio_auth} token. The message is
 * matched to the latest SMS touch to the sender's number, classified (a carrier opt-out keyword is always an
 * unsubscribe) and stored; the answer is an empty TwiML response, so Twilio sends nothing back.
 */
@RestController
class TwilioSmsController {

    static final String EMPTY_TWIML = "<Response></Response>";

    private final WebhookAuthentication authentication;
    private final ReplyIntakeService replies;
    private final DataSize maxBody;
    private final Clock clock;
    private final String publicBaseUrl;

    TwilioSmsController(WebhookAuthentication authentication, ReplyIntakeService replies, IngestProperties properties,
            Clock clock) {
        this.authentication = authentication;
        this.replies = replies;
        this.maxBody = properties.maxBodySize();
        this.clock = clock;
        String base = properties.publicBaseUrl();
        this.publicBaseUrl = base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }

    @PostMapping(path = "/webhooks/twilio/{tenantId}/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Mono<ResponseEntity<String>> sms(@PathVariable String tenantId, ServerHttpRequest request) {
        String signature = request.getHeaders().getFirst(TwilioSignature.HEADER);
        String url = signedUrl(request);
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            UUID tenant = tenant(tenantId);
            Map<String, List<String>> params = FormBodies.parse(body);
            return authentication.verifyTwilio(tenant, signature, url, params).flatMap(verification -> {
                if (!(verification instanceof Verification.Verified)) {
                    return Mono.error(rejected(((Verification.Rejected) verification).reason()));
                }
                return replies.receive(inbound(tenant, params, body), body);
            });
        }).map(received -> ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML));
    }

    private InboundReply inbound(UUID tenant, Map<String, List<String>> params, byte[] body) {
        String from = first(params, "From");
        if (from == null || !from.strip().matches("\\+[1-9][0-9]{6,14}")) {
            throw ApiProblem.invalid("The SMS has invalid fields.", Map.of("From", "must be an E.164 phone number"));
        }
        String sid = first(params, "MessageSid");
        if (sid != null && sid.length() > 100) {
            throw ApiProblem.invalid("The SMS has invalid fields.", Map.of("MessageSid", "must be at most 100 characters"));
        }
        String providerRef = sid != null && !sid.isBlank() ? "twilio:" + sid.strip() : "sha256:" + SourceRef.sha256(body);
        String text = first(params, "Body");
        return new InboundReply(tenant, "sms", providerRef, from.strip(), null, List.of(), null, text == null ? "" : text,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** What Twilio signed: the URL configured at Twilio, which is our public base plus the path and query. */
    private String signedUrl(ServerHttpRequest request) {
        URI uri = request.getURI();
        String base = publicBaseUrl != null ? publicBaseUrl : uri.getScheme() + "://" + uri.getRawAuthority();
        return base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
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
                        "This tenant has no Twilio auth token; add it before pointing Twilio here.")
                : new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-signature", "Unauthorized",
                        "The " + TwilioSignature.HEADER + " header is missing or does not match this request and the tenant's token.");
    }
}
