package com.agencyos.outreach.sending.adapter.web;

import com.agencyos.outreach.sending.application.SendingResourceService;
import com.agencyos.outreach.sending.domain.InvalidResource;
import com.agencyos.outreach.sending.domain.ResourceKind;
import com.agencyos.outreach.sending.domain.SendingResource;
import com.agencyos.outreach.sending.domain.SmtpSettings;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Mailboxes, LinkedIn seats and SMS numbers: any role reads, owners and admins add and disable them. */
@RestController
@RequestMapping("/api/v1/sending-resources")
class SendingResourceController {

    private final SendingResourceService resources;
    private final Clock clock;

    SendingResourceController(SendingResourceService resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /** {@code kind}: {@code mailbox}, {@code linkedin_seat} or {@code sms_number}; {@code warmup}: start the ramp today. */
    record ResourceRequest(String kind, String name, String address, String fromName, SmtpBody smtp, String postalAddress,
            Integer dailyLimit, Boolean warmup, String timeZone) {
    }

    record SmtpBody(String host, Integer port, String username, Boolean startTls) {
    }

    /** {@code usedToday} and {@code limitToday} are counted in the resource's time zone. */
    record ResourceResponse(UUID id, String kind, String channel, String name, String address, String fromName, String domain,
            SmtpBody smtp, String postalAddress, int dailyLimit, LocalDate warmupStartedOn, String timeZone, int limitToday,
            int usedToday, Instant createdAt) {

        static ResourceResponse of(SendingResource r, int usedToday, Instant now) {
            SmtpBody smtp = r.smtp() == null ? null
                    : new SmtpBody(r.smtp().host(), r.smtp().port(), r.smtp().username(), r.smtp().startTls());
            return new ResourceResponse(r.id(), r.kind().wireName(), r.channel().wireName(), r.name(), r.address(), r.fromName(),
                    r.domain(), smtp, r.postalAddress(), r.dailyLimit(), r.warmupStartedOn(), r.timeZone().getId(),
                    r.limitOn(r.dayAt(now)), usedToday, r.createdAt());
        }
    }

    @GetMapping
    Flux<ResourceResponse> list(Caller caller) {
        Instant now = clock.instant();
        return resources.list(caller.tenantId())
                .concatMap(r -> resources.usedToday(r, now).map(used -> ResourceResponse.of(r, used, now)));
    }

    @PostMapping
    Mono<ResponseEntity<ResourceResponse>> add(Caller caller, @RequestBody ResourceRequest request) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Mono.fromCallable(() -> resource(tenantId, request, now))
                .onErrorMap(InvalidResource.class, e -> ApiProblem.invalid(e.field() + ": " + e.getMessage(),
                        Map.of(e.field(), e.getMessage())))
                .flatMap(resources::add)
                .map(r -> ResponseEntity.created(URI.create("/api/v1/sending-resources/" + r.id()))
                        .body(ResourceResponse.of(r, 0, now)));
    }

    /** Disables the resource: it gets no new touch, and threads that used it move to another. */
    @DeleteMapping("/{resourceId}")
    Mono<ResponseEntity<Void>> disable(Caller caller, @PathVariable UUID resourceId) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        return resources.disable(tenantId, resourceId, clock.instant())
                .flatMap(disabled -> disabled ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(ApiProblem.notFound("Sending resource", resourceId)));
    }

    private static SendingResource resource(UUID tenantId, ResourceRequest request, Instant now) {
        ResourceKind kind;
        try {
            kind = ResourceKind.fromWire(request.kind() == null ? "" : request.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidResource("kind", "must be one of mailbox, linkedin_seat, sms_number");
        }
        if (kind == ResourceKind.DRAFT_DESK) {
            throw new InvalidResource("kind", "the draft desk is built in");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone() == null ? "Australia/Sydney" : request.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidResource("timeZone", "must be an IANA time zone, e.g. Australia/Sydney");
        }
        SmtpSettings smtp = request.smtp() == null ? null : new SmtpSettings(request.smtp().host(),
                request.smtp().port() == null ? 587 : request.smtp().port(), request.smtp().username(),
                !Boolean.FALSE.equals(request.smtp().startTls()));
        int dailyLimit = request.dailyLimit() == null ? kind.defaultDailyLimit() : request.dailyLimit();
        LocalDate warmup = Boolean.TRUE.equals(request.warmup()) ? now.atZone(zone).toLocalDate() : null;
        return new SendingResource(UUID.randomUUID(), tenantId, kind.channel(), kind, request.name(), request.address(),
                request.fromName(), null, smtp, request.postalAddress(), dailyLimit, warmup, zone, now);
    }
}
