package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentDecision;
import com.agencyos.outreach.enrollment.domain.EnrollmentPolicy;
import com.agencyos.outreach.enrollment.domain.EnrollmentStatus;
import com.agencyos.outreach.enrollment.domain.ReplyReceived;
import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import com.agencyos.outreach.enrollment.domain.StopRules;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.platform.trace.Traceparent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enrols scored leads (their first step due at once, for the scheduler) and stops enrolments on replies. Every method runs inside the
 * caller's transaction (the inbox's), so the state change and the events it causes commit together.
 */
@Service
public class EnrollmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);

    private final Leads leads;
    private final Enrollments enrollments;
    private final Touches touches;
    private final Replies replies;
    private final ScheduledTouches schedule;
    private final CampaignService campaigns;
    private final Clock clock;

    public EnrollmentService(Leads leads, Enrollments enrollments, Touches touches, Replies replies, ScheduledTouches schedule,
            CampaignService campaigns, Clock clock) {
        this.leads = leads;
        this.enrollments = enrollments;
        this.touches = touches;
        this.replies = replies;
        this.schedule = schedule;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public Mono<Void> onLeadScored(ScoredLead lead) {
        Instant now = now();
        return leads.record(lead).flatMap(latest -> {
            if (!latest) {
                log.info("Ignored a score of lead {} older than the one kept, or of another tenant's lead", lead.leadId());
                return Mono.<Void>empty();
            }
            return campaignFor(lead, now).flatMap(campaign -> decide(lead, campaign, now));
        });
    }

    private Mono<Campaign> campaignFor(ScoredLead lead, Instant now) {
        if (lead.campaignId() == null) {
            return campaigns.inboundCampaignOf(lead.tenantId(), now);
        }
        return campaigns.campaignNamedAtIntake(lead.tenantId(), lead.campaignId(), now)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Lead " + lead.leadId() + " names campaign "
                        + lead.campaignId() + ", which belongs to another tenant")));
    }

    private Mono<Void> decide(ScoredLead lead, Campaign campaign, Instant now) {
        return enrollments.find(lead.tenantId(), lead.leadId(), campaign.id()).map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(existing -> switch (EnrollmentPolicy.onScored(lead, campaign.id(),
                        Optional.ofNullable(campaign.refusalFor(lead.tier())), existing, UUID.randomUUID(), now)) {
                    case EnrollmentDecision.Enrol enrol -> enrol(enrol.enrollment(), now);
                    case EnrollmentDecision.Decline decline -> enrollments.save(decline.enrollment());
                    case EnrollmentDecision.Stop stop -> enrollments.save(stop.enrollment());
                    case EnrollmentDecision.Unchanged unchanged -> {
                        log.debug("Lead {} in campaign {}: {}", lead.leadId(), campaign.id(), unchanged.why());
                        yield Mono.<Void>empty();
                    }
                });
    }

    /** The enrolment, its first step due at once; the scheduler drafts or sends it. */
    private Mono<Void> enrol(Enrollment enrollment, Instant now) {
        return enrollments.save(enrollment).then(Mono.deferContextual(context -> schedule.schedule(
                new ScheduledTouch(UUID.randomUUID(), enrollment.tenantId(), enrollment.id(), 1, now, 0,
                        context.getOrDefault(Traceparent.CONTEXT_KEY, null)), now)));
    }

    public Mono<Void> onReplyClassified(ReplyReceived reply) {
        Instant now = now();
        Optional<String> stopReason = StopRules.stopReason(reply);
        Mono<Long> stopped = stopReason.isEmpty() || reply.leadId() == null ? Mono.just(0L)
                : enrollments.ofLead(reply.tenantId(), reply.leadId())
                        .filter(e -> e.status() != EnrollmentStatus.STOPPED)
                        .concatMap(e -> enrollments.save(e.stopped(stopReason.get(), now)).thenReturn(e))
                        .count();
        return stopped.flatMap(count -> replies.record(reply, stopReason.orElse(null), count, now));
    }

    public Flux<EnrolledLead> enrollmentsIn(UUID tenantId, UUID campaignId, int limit) {
        return enrollments.inCampaign(tenantId, campaignId, limit);
    }

    public Mono<Touch> touch(UUID tenantId, UUID touchId) {
        return touches.find(tenantId, touchId);
    }

    /** Truncated to what PostgreSQL keeps, so a stored time and the event's time are the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
