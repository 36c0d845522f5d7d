package com.agencyos.outreach.sending.application;

import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.SendingResource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sending resources and allocation: round-robin over the tenant's resources on a channel that have capacity left
 * today (in each resource's time zone), a thread keeping its resource. Email is also capped per sending domain.
 * A tenant with no resource on a channel gets its draft desk, which has no limit because it sends nothing.
 * Allocation runs inside the caller's transaction: a touch that is not recorded releases nothing by hand, the
 * rollback does.
 */
@Service
public class SendingResourceService {

    private final SendingResources resources;
    private final OutreachProperties properties;

    public SendingResourceService(SendingResources resources, OutreachProperties properties) {
        this.resources = resources;
        this.properties = properties;
    }

    /** The tenant's draft desk for the channel, created on first use. */
    public Mono<SendingResource> draftDesk(UUID tenantId, Channel channel, Instant now) {
        return resources.draftDeskOf(tenantId, channel)
                .switchIfEmpty(Mono.defer(() -> resources.addIfAbsent(
                                SendingResource.draftDesk(UUID.randomUUID(), tenantId, channel, now))
                        .then(resources.draftDeskOf(tenantId, channel))));
    }

    public Mono<SendingResource> add(SendingResource resource) {
        return resources.addIfAbsent(resource).thenReturn(resource);
    }

    public Flux<SendingResource> list(UUID tenantId) {
        return resources.of(tenantId);
    }

    public Mono<Boolean> disable(UUID tenantId, UUID resourceId, Instant now) {
        return resources.disable(tenantId, resourceId, now);
    }

    /** How much of today's limit the resource has used. */
    public Mono<Integer> usedToday(SendingResource resource, Instant now) {
        return resources.used(resource.tenantId(), resourceKey(resource), resource.dayAt(now));
    }

    /**
     * A resource for one touch, its use counted. {@code sticky} is the resource the lead's thread already uses: it
     * is the only candidate while it is enabled, so a thread never changes mailbox because another has room.
     * Empty when no resource has capacity left today.
     */
    public Mono<SendingResource> allocate(UUID tenantId, Channel channel, Optional<UUID> sticky, Instant now) {
        Mono<List<SendingResource>> pool = sticky.map(id -> resources.findEnabled(tenantId, id).map(List::of))
                .orElse(Mono.empty())
                .switchIfEmpty(resources.candidates(tenantId, channel).collectList());
        return pool.flatMap(candidates -> candidates.isEmpty()
                ? draftDesk(tenantId, channel, now)
                : Flux.fromIterable(candidates)
                        .concatMap(candidate -> reserve(candidate, now).filter(Boolean::booleanValue).map(reserved -> candidate))
                        .next()
                        .flatMap(chosen -> resources.markAllocated(chosen.id(), now).thenReturn(chosen)));
    }

    private Mono<Boolean> reserve(SendingResource resource, Instant now) {
        LocalDate day = resource.dayAt(now);
        Mono<Boolean> own = resources.reserve(resource.tenantId(), resourceKey(resource), day, resource.limitOn(day));
        if (resource.domain() == null) {
            return own;
        }
        String domainKey = "domain:" + resource.domain();
        return own.flatMap(reserved -> !reserved ? Mono.just(false)
                : resources.reserve(resource.tenantId(), domainKey, day, properties.emailPerDomainDailyLimit())
                        .flatMap(domainReserved -> domainReserved ? Mono.just(true)
                                : resources.release(resource.tenantId(), resourceKey(resource), day).thenReturn(false)));
    }

    private static String resourceKey(SendingResource resource) {
        return "resource:" + resource.id();
    }
}
