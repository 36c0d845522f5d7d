package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentDecision;
import com.agencyos.outreach.enrollment.domain.EnrollmentPolicy;
import com.agencyos.outreach.enrollment.domain.EnrollmentStatus;
import com.agencyos.outreach.enrollment.domain.LeadContact;
import com.agencyos.outreach.enrollment.domain.ReplyReceived;
import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import com.agencyos.outreach.enrollment.domain.StopRules;
import com.agencyos.outreach.enrollment.domain.Task;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.outreach.playbook.application.Playbooks;
import com.agencyos.outreach.playbook.domain.Playbook;
import com.agencyos.platform.trace.Traceparent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enrols scored leads (their first step due at once, for the scheduler) and stops or pauses enrolments on replies and
 * delivery events. Every method runs inside the
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
    private final Tasks tasks;
    private final ConversionPublisher conversions;
    private final Playbooks playbooks;
    private final Clock clock;

    public EnrollmentService(Leads leads, Enrollments enrollments, Touches touches, Replies replies, ScheduledTouches schedule,
            CampaignService campaigns, Tasks tasks, ConversionPublisher conversions, Playbooks playbooks, Clock clock) {
        this.playbooks = playbooks;
        this.leads = leads;
        this.enrollments = enrollments;
        this.touches = touches;
        this.replies = replies;
        this.schedule = schedule;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.conversions = conversions;
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

    /** Keeps how to reach the lead on SMS, voice and LinkedIn (the latest enrichment wins). */
    public Mono<Void> onLeadEnriched(LeadContact contact) {
        return leads.recordContact(contact, now()).doOnNext(kept -> {
            if (!kept) {
                log.info("Ignored an enrichment of lead {} older than the one kept, or of another tenant's lead", contact.leadId());
            }
        }).then();
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
                    case EnrollmentDecision.Enrol enrol -> campaign.settings().waitForPlaybook() && enrol.enrollment().currentStep() == 0
                            ? enrolOrHold(enrol.enrollment(), lead, now) : enrol(enrol.enrollment(), now);
                    case EnrollmentDecision.Decline decline -> enrollments.save(decline.enrollment());
                    case EnrollmentDecision.Stop stop -> enrollments.save(stop.enrollment());
                    case EnrollmentDecision.Unchanged unchanged -> {
                        log.debug("Lead {} in campaign {}: {}", lead.leadId(), campaign.id(), unchanged.why());
                        yield Mono.<Void>empty();
                    }
                });
    }

    /**
     * A campaign that waits for a playbook: the lead is enrolled at once when a playbook for it (naming it, or about its
     * company's domain) is here already, otherwise held {@code waiting} until {@link #onPlaybook} releases it.
     */
    private Mono<Void> enrolOrHold(Enrollment enrollment, ScoredLead lead, Instant now) {
        return enrollments.lockPlaybookWaits(lead.tenantId())
                .then(playbooks.latestFor(lead.tenantId(), lead.leadId(), lead.companyDomain()).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .flatMap(playbook -> playbook.isPresent() ? enrol(enrollment, now)
                        : enrollments.save(enrollment.waiting("Waiting for the account playbook"
                                + (lead.companyDomain() == null ? "" : " of " + lead.companyDomain()))));
    }

    /**
     * A playbook arrived: the tenant's enrolments waiting for it (their lead named in {@code waitingLeadIds}, or at the
     * prospect's domain) become active with their first step due at once. Runs in the inbox's transaction.
     */
    public Mono<Void> onPlaybook(Playbook playbook) {
        Instant now = now();
        return enrollments.lockPlaybookWaits(playbook.tenantId())
                .thenMany(enrollments.lockWaiting(playbook.tenantId(), playbook.waitingLeadIds(), playbook.prospectDomain()))
                .concatMap(waiting -> enrol(waiting.released(now), now))
                .count()
                .doOnNext(count -> log.info("Playbook {} released {} waiting enrolment(s)", playbook.playbookId(), count))
                .then();
    }

    /** The enrolment, its first step due at once; the scheduler drafts or sends it. */
    private Mono<Void> enrol(Enrollment enrollment, Instant now) {
        return enrollments.save(enrollment).then(Mono.deferContextual(context -> schedule.schedule(
                new ScheduledTouch(UUID.randomUUID(), enrollment.tenantId(), enrollment.id(), 1, now, 0,
                        context.getOrDefault(Traceparent.CONTEXT_KEY, null)), now)));
    }

    /**
     * Acts on a classified reply (see {@link StopRules}). The lead's enrolments are locked first, the same row lock a due
     * step takes, so a reply and a due touch take turns and the reply's stop or pause is seen by the step after it.
     */
    public Mono<Void> onReplyClassified(ReplyReceived reply) {
        Instant now = now();
        StopRules.Action action = StopRules.onReply(reply, now);
        if (reply.leadId() == null) {
            return replies.record(reply, null, 0, now).then();
        }
        return locked(reply.tenantId(), reply.leadId()).flatMap(locked -> {
            Mono<Long> changed = switch (action) {
                case StopRules.Stop stop -> stopAll(locked, stop.reason(), now)
                        .flatMap(count -> afterStop(reply, stop, locked, now).thenReturn(count));
                case StopRules.Pause pause -> Flux.fromIterable(locked).filter(Enrollment::isActive)
                        .concatMap(e -> enrollments.save(e.pausedUntil(pause.until())).thenReturn(e)).count()
                        .doOnNext(count -> log.info("Paused {} enrolment(s) of lead {}: {}", count, reply.leadId(), pause.reason()))
                        .thenReturn(0L);
                case StopRules.Continue carryOn -> {
                    log.debug("Reply {} of lead {} changes nothing: {}", reply.replyId(), reply.leadId(), carryOn.why());
                    yield Mono.just(0L);
                }
            };
            String reason = switch (action) {
                case StopRules.Stop stop -> stop.reason();
                case StopRules.Pause pause -> pause.reason();
                case StopRules.Continue carryOn -> null;
            };
            return changed.flatMap(count -> replies.record(reply, reason, count, now)).then();
        });
    }

    /**
     * A hard bounce, a complaint or an unsubscribe: the lead's enrolments stop for good. The event may name only the
     * address, so every lead of the tenant with that address stops.
     */
    public Mono<Void> onDeliveryStop(UUID tenantId, UUID leadId, String email, String reason) {
        Instant now = now();
        Flux<UUID> leadIds = leadId != null ? Flux.just(leadId) : email != null ? leads.withEmail(tenantId, email) : Flux.empty();
        return leadIds.concatMap(id -> locked(tenantId, id).flatMap(locked -> stopAll(locked, reason, now))
                        .doOnNext(count -> log.info("Stopped {} enrolment(s) of lead {}: {}", count, id, reason)))
                .then();
    }

    /** The lead's enrolments, each locked until the surrounding transaction ends, in a fixed order (no deadlock). */
    private Mono<List<Enrollment>> locked(UUID tenantId, UUID leadId) {
        return enrollments.ofLead(tenantId, leadId).concatMap(e -> enrollments.lock(e.id())).collectList();
    }

    private Mono<Long> stopAll(List<Enrollment> locked, String reason, Instant now) {
        return Flux.fromIterable(locked).filter(e -> e.status() != EnrollmentStatus.STOPPED)
                .concatMap(e -> enrollments.save(e.stopped(reason, now)).thenReturn(e))
                .count();
    }

    /** A meeting request converts the lead (once: a redelivered reply converts nothing more); a reply a person must answer opens a task. */
    private Mono<Void> afterStop(ReplyReceived reply, StopRules.Stop stop, List<Enrollment> locked, Instant now) {
        Optional<Enrollment> credited = locked.stream().filter(e -> e.campaignId().equals(reply.campaignId())).findFirst()
                .or(() -> locked.stream().filter(e -> e.enrolledAt() != null).reduce((first, second) -> second));
        UUID campaignId = credited.map(Enrollment::campaignId).orElse(reply.campaignId());
        Mono<Void> conversion = !stop.converted() ? Mono.empty() : leads.markConverted(reply.tenantId(), reply.leadId(), now)
                .flatMap(converted -> {
                    if (!converted) {
                        return Mono.<Void>empty();
                    }
                    if (campaignId == null) {
                        log.warn("Lead {} converted, but no campaign can be credited: no lead.converted is published", reply.leadId());
                        return Mono.<Void>empty();
                    }
                    return conversions.converted(reply.tenantId(), reply.leadId(), campaignId, reply.touchId(), "meeting_request", now);
                });
        Mono<Void> task = !stop.needsPerson() ? Mono.empty()
                : tasks.open(Task.forReply(UUID.randomUUID(), reply, campaignId, credited.map(Enrollment::id).orElse(null),
                        stop.reason(), now));
        return conversion.then(task);
    }

    /** The tenant's tasks with this status ({@code open} or {@code done}), oldest first. */
    public Flux<Task> tasks(UUID tenantId, String status, int limit) {
        return tasks.withStatus(tenantId, status, limit);
    }

    /** Marks one of the tenant's tasks done; empty when the tenant has no such task. Completing it again keeps the first completion. */
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
