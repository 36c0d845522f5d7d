package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.domain.DueTouchCheck;
import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentThread;
import com.agencyos.outreach.enrollment.domain.MessageIds;
import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import com.agencyos.outreach.enrollment.domain.StepMessage;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.outreach.enrollment.domain.TouchMode;
import com.agencyos.outreach.sending.application.SendingResourceService;
import com.agencyos.platform.trace.Traceparent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Works the durable schedule: one due step per transaction, claimed with {@code FOR UPDATE SKIP LOCKED} so that
 * several instances share the work and none waits on another. Inside that transaction the enrolment is locked
 * ({@code FOR UPDATE}), the just-in-time checks run, a resource is allocated, the touch is recorded with its
 * {@code touch.sent} in the outbox, and the next step is scheduled: all of it commits or none of it does, so a
 * crash or restart loses and repeats nothing. A reply that stopped the enrolment before the step was claimed wins,
 * because the stop holds the same row lock.
 */
@Service
public class TouchScheduler {

    private static final Logger log = LoggerFactory.getLogger(TouchScheduler.class);
    static final int MAX_ATTEMPTS = 10;

    private final ScheduledTouches schedule;
    private final Enrollments enrollments;
    private final Leads leads;
    private final Touches touches;
    private final TouchPublisher publisher;
    private final CampaignService campaigns;
    private final SendingResourceService resources;
    private final TransactionalOperator tx;
    private final OutreachProperties properties;
    private final Clock clock;

    public TouchScheduler(ScheduledTouches schedule, Enrollments enrollments, Leads leads, Touches touches,
            TouchPublisher publisher, CampaignService campaigns, SendingResourceService resources, TransactionalOperator tx,
            OutreachProperties properties, Clock clock) {
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.leads = leads;
        this.touches = touches;
        this.publisher = publisher;
        this.campaigns = campaigns;
        this.resources = resources;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** Works up to {@code limit} due steps; emits how many it found. */
    public Mono<Integer> runDue(int limit) {
        return Mono.defer(this::runOne).repeat(limit - 1L).takeWhile(Boolean::booleanValue).count().map(Long::intValue);
    }

    /** Works the earliest due step; emits false when none is due. An unexpected error is recorded on the step. */
    public Mono<Boolean> runOne() {
        Instant now = now();
        UUID[] claimed = new UUID[1];
        Mono<Boolean> work = schedule.claimNextDue(now)
                .doOnNext(due -> claimed[0] = due.id())
                .flatMap(due -> process(due, now).thenReturn(true))
                .defaultIfEmpty(false);
        return tx.transactional(work).onErrorResume(e -> {
            if (claimed[0] == null) {
                return Mono.error(e);
            }
            log.warn("Due touch {} failed; it is retried later", claimed[0], e);
            return tx.transactional(schedule.failed(claimed[0], String.valueOf(e.getMessage()), now.plus(DueTouchCheck.RETRY_LATER),
                    MAX_ATTEMPTS, now)).thenReturn(true);
        });
    }

    private Mono<Void> process(ScheduledTouch due, Instant now) {
        return enrollments.lock(due.enrollmentId()).flatMap(enrollment -> campaigns.campaignNamedAtIntake(due.tenantId(),
                        enrollment.campaignId(), now)
                .zipWith(campaigns.planOf(due.tenantId()))
                .flatMap(campaignAndPlan -> leads.find(due.tenantId(), enrollment.leadId()).flatMap(lead -> {
                    Campaign campaign = campaignAndPlan.getT1();
                    return switch (DueTouchCheck.check(enrollment, campaign, campaignAndPlan.getT2(), lead, due.step(), now)) {
                        case DueTouchCheck.Skip skip -> schedule.skip(due, skip.reason(), now)
                                .then(skip.nextStep() ? scheduleNext(campaign, enrollment, due, now) : Mono.empty());
                        case DueTouchCheck.Reschedule later -> schedule.reschedule(due, later.at(), later.reason(), now);
                        case DueTouchCheck.Proceed proceed -> touch(due, enrollment, campaign, lead, proceed.step(), now);
                    };
                })));
    }

    private Mono<Void> touch(ScheduledTouch due, Enrollment enrollment, Campaign campaign, ScoredLead lead, SequenceStep step,
            Instant now) {
        return enrollments.thread(enrollment.id()).defaultIfEmpty(EnrollmentThread.NONE).flatMap(thread -> resources
                .allocate(enrollment.tenantId(), step.channel(), Optional.ofNullable(thread.resourceId()), now)
                .flatMap(resource -> {
                    StepMessage message = StepMessage.of(campaign.sequence(), due.step(), lead, thread.subject());
                    String domain = resource.domain() == null ? properties.messageIdDomain() : resource.domain();
                    Touch touch = Touch.email(UUID.randomUUID(), enrollment, due.step(), message.variant(),
                            TouchMode.under(campaign.sendingMode()), resource.id(), MessageIds.mint(UUID.randomUUID(), domain),
                            thread.lastMessageId(), lead.email(), message.draft(), now);
                    return touches.addIfStepIsNew(touch)
                            .flatMap(stored -> stored ? publisher.touched(touch)
                                    .contextWrite(context -> due.traceparent() == null ? context
                                            : context.put(Traceparent.CONTEXT_KEY, due.traceparent())) : Mono.<Void>empty())
                            .then(enrollments.save(enrollment.atStep(due.step())))
                            .then(enrollments.recordThread(enrollment.id(),
                                    thread.after(resource.id(), touch.messageId(), touch.subject())))
                            .then(schedule.done(due.id(), touch.id(), now))
                            .then(scheduleNext(campaign, enrollment, due, now));
                })
                .switchIfEmpty(Mono.defer(() -> schedule.reschedule(due, now.plus(DueTouchCheck.RETRY_LATER),
                        "No " + step.channel().wireName() + " capacity left today", now))));
    }

    /** The following step, due the number of days after this one that the sequence puts between them. */
    private Mono<Void> scheduleNext(Campaign campaign, Enrollment enrollment, ScheduledTouch due, Instant now) {
        int step = due.step();
        var current = campaign.sequence().step(step);
        var next = campaign.sequence().step(step + 1);
        if (current.isEmpty() || next.isEmpty()) {
            return Mono.empty();
        }
        Duration gap = Duration.ofDays(next.get().day() - current.get().day());
        return schedule.schedule(new ScheduledTouch(UUID.randomUUID(), enrollment.tenantId(), enrollment.id(), step + 1,
                now.plus(gap), 0, due.traceparent()), now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
