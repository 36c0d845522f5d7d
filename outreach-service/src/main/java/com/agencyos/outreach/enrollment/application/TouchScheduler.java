package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.campaign.application.CampaignService;
import com.agencyos.outreach.campaign.domain.Campaign;
import com.agencyos.outreach.campaign.domain.SendingMode;
import com.agencyos.outreach.campaign.domain.CampaignRuleViolation;
import com.agencyos.outreach.campaign.domain.Sequence;
import com.agencyos.outreach.campaign.domain.SequenceStep;
import com.agencyos.outreach.campaign.domain.TenantPlan;
import com.agencyos.outreach.channel.application.ChannelProvider;
import com.agencyos.outreach.channel.application.ChannelProviders;
import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure;
import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.domain.Approval;
import com.agencyos.outreach.enrollment.domain.DueTouchCheck;
import com.agencyos.outreach.enrollment.domain.EmailDraft;
import com.agencyos.outreach.enrollment.domain.Enrollment;
import com.agencyos.outreach.enrollment.domain.EnrollmentThread;
import com.agencyos.outreach.enrollment.domain.LeadContact;
import com.agencyos.outreach.enrollment.domain.MessageIds;
import com.agencyos.outreach.enrollment.domain.OutgoingEmail;
import com.agencyos.outreach.enrollment.domain.ScheduledTouch;
import com.agencyos.outreach.enrollment.domain.ScoredLead;
import com.agencyos.outreach.enrollment.domain.StepMessage;
import com.agencyos.outreach.enrollment.domain.Task;
import com.agencyos.outreach.enrollment.domain.Touch;
import com.agencyos.outreach.enrollment.domain.TouchMode;
import com.agencyos.outreach.playbook.application.Playbooks;
import com.agencyos.outreach.sending.application.SendingResourceService;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.outreach.sending.domain.ResourceKind;
import com.agencyos.outreach.sending.domain.SmtpSettings;
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
    static final String SENT = "sent";
    static final String UNKNOWN = "unknown";

    private final ScheduledTouches schedule;
    private final Enrollments enrollments;
    private final Leads leads;
    private final Touches touches;
    private final TouchPublisher publisher;
    private final CampaignService campaigns;
    private final SendingResourceService resources;
    private final TransactionalOperator tx;
    private final OutreachProperties properties;
    private final Mailer mailer;
    private final UnsubscribeService unsubscribes;
    private final Approvals approvals;
    private final Tasks tasks;
    private final Playbooks playbooks;
    private final ChannelProviders providers;
    private final Clock clock;

    public TouchScheduler(ScheduledTouches schedule, Enrollments enrollments, Leads leads, Touches touches,
            TouchPublisher publisher, CampaignService campaigns, SendingResourceService resources, TransactionalOperator tx,
            OutreachProperties properties, Mailer mailer, UnsubscribeService unsubscribes, Approvals approvals,
            Tasks tasks, Playbooks playbooks, ChannelProviders providers, Clock clock) {
        this.playbooks = playbooks;
        this.providers = providers;
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.leads = leads;
        this.touches = touches;
        this.publisher = publisher;
        this.campaigns = campaigns;
        this.resources = resources;
        this.tx = tx;
        this.properties = properties;
        this.mailer = mailer;
        this.unsubscribes = unsubscribes;
        this.approvals = approvals;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Works up to {@code limit} due steps; emits how many it found. */
    public Mono<Integer> runDue(int limit) {
        return Mono.defer(this::runOne).repeat(limit - 1L).takeWhile(Boolean::booleanValue).count().map(Long::intValue);
    }

    /**
     * Works the earliest due step; emits false when none is due. An unexpected error is recorded on the step. A touch to
     * send is recorded {@code sending} in the step's transaction and handed to SMTP only after that commits.
     */
    public Mono<Boolean> runOne() {
        Instant now = now();
        UUID[] claimed = new UUID[1];
        PendingSend[] pending = new PendingSend[1];
        Mono<Boolean> work = schedule.claimNextDue(now)
                .doOnNext(due -> claimed[0] = due.id())
                .flatMap(due -> process(due, now).doOnNext(send -> pending[0] = send).then(Mono.just(true)))
                .defaultIfEmpty(false);
        return tx.transactional(work).onErrorResume(e -> {
            pending[0] = null;
            if (claimed[0] == null) {
                return Mono.error(e);
            }
            log.warn("Due touch {} failed; it is retried later", claimed[0], e);
            return tx.transactional(schedule.failed(claimed[0], String.valueOf(e.getMessage()), now.plus(DueTouchCheck.RETRY_LATER),
                    MAX_ATTEMPTS, now)).thenReturn(true);
        }).flatMap(found -> pending[0] == null ? Mono.just(found) : handOff(pending[0]).thenReturn(found));
    }

    /**
     * The send state machine's second half. Accepted by the server: {@code sent}, with its {@code touch.sent}, in one
     * transaction. Refused or unreachable (nothing left): the touch is removed and the step is due again later. Accepted
     * but the commit failed (or the instance died here): the step stays {@code sending} and {@link #recoverInterrupted}
     * marks it {@code unknown} later; it is never handed over twice.
     */
    private Mono<Void> handOff(PendingSend send) {
        if (send.provider() != null) {
            return handOffToProvider(send);
        }
        Instant start = now();
        return mailer.send(send.email(), send.smtp())
                .then(Mono.just(true))
                .onErrorResume(refused -> {
                    log.warn("SMTP refused touch {}; its step is due again later", send.touch().id(), refused);
                    return tx.transactional(touches.discardUnsent(send.touch().id())
                                    .then(schedule.sendFailed(send.due().id(), "SMTP: " + refused.getMessage(),
                                            start.plus(DueTouchCheck.RETRY_LATER), MAX_ATTEMPTS, start)))
                            .thenReturn(false);
                })
                .flatMap(accepted -> accepted ? tx.transactional(settle(send.due(), send.touch(), SENT, now()))
                        .onErrorResume(e -> {
                            log.error("Touch {} was handed to SMTP but not recorded as sent; it is never resent and recovery marks it unknown",
                                    send.touch().id(), e);
                            return Mono.empty();
                        }) : Mono.empty())
                .onErrorResume(e -> {
                    log.error("Touch {}: recording the failed hand-off failed; recovery marks it unknown", send.touch().id(), e);
                    return Mono.empty();
                });
    }

    /**
     * Settles steps left {@code sending} for longer than {@code olderThan} (an instance died between the hand-off and the
     * commit): {@code unknown}, never handed over again, no {@code touch.sent} (it may not have left), and the sequence
     * goes on. Emits how many it settled.
     */
    public Mono<Integer> recoverInterrupted(Duration olderThan) {
        Instant now = now();
        return Mono.defer(() -> tx.transactional(schedule.claimInterrupted(now.minus(olderThan))
                        .flatMap(interrupted -> touches.find(interrupted.due().tenantId(), interrupted.touchId())
                                .flatMap(touch -> settle(interrupted.due(), touch, UNKNOWN, now).thenReturn(true))
                                .switchIfEmpty(Mono.defer(() -> schedule.unknown(interrupted.due().id(),
                                        "Interrupted before the touch was recorded", now).thenReturn(true))))
                        .defaultIfEmpty(false)))
                .repeat()
                .takeWhile(Boolean::booleanValue)
                .count()
                .map(Long::intValue);
    }

    /**
     * The end of a send: the touch's delivery, its event when it was sent, and the enrolment moved on; nothing when the
     * touch was settled already (the hand-off's commit and recovery never both settle it).
     */
    private Mono<Void> settle(ScheduledTouch due, Touch touch, String delivery, Instant now) {
        return settle(due, touch, delivery, null, now);
    }

    /** @param providerId the outside provider's id of a touch it took (not email), else null */
    private Mono<Void> settle(ScheduledTouch due, Touch touch, String delivery, String providerId, Instant now) {
        return enrollments.lock(due.enrollmentId()).flatMap(enrollment -> {
            Mono<Void> announced = SENT.equals(delivery) ? publisher.touched(touch, providerId).contextWrite(context -> due.traceparent() == null
                    ? context : context.put(Traceparent.CONTEXT_KEY, due.traceparent())) : Mono.empty();
            Mono<Void> stepDone = SENT.equals(delivery) ? schedule.done(due.id(), touch.id(), now)
                    : schedule.unknown(due.id(), "Interrupted between the " + (touch.channel() == Channel.EMAIL ? "SMTP" : "provider")
                            + " hand-off and the commit: never sent again", now);
            Mono<Void> threaded = touch.channel() != Channel.EMAIL ? Mono.empty()
                    : enrollments.thread(enrollment.id()).defaultIfEmpty(EnrollmentThread.NONE)
                            .flatMap(thread -> enrollments.recordThread(enrollment.id(),
                                    thread.after(touch.resourceId(), touch.messageId(), touch.subject())));
            Mono<Void> advanced = enrollment.isActive() && enrollment.currentStep() < due.step()
                    ? enrollments.save(enrollment.atStep(due.step())) : Mono.empty();
            Mono<Void> next = !enrollment.isActive() ? Mono.empty()
                    : campaigns.campaignNamedAtIntake(due.tenantId(), enrollment.campaignId(), now)
                            .flatMap(campaign -> leads.find(due.tenantId(), enrollment.leadId()).flatMap(lead -> forLead(campaign, lead)))
                            .flatMap(campaign -> scheduleNext(campaign, enrollment, due, now));
            return touches.markDelivery(touch.id(), delivery, now).flatMap(settled -> !settled ? Mono.<Void>empty() : announced
                    .then(advanced)
                    .then(threaded)
                    .then(stepDone)
                    .then(next));
        }).then();
    }

    /** Emits the touch to hand to SMTP once this transaction commits, or nothing (a draft, a skip, a reschedule). */
    private Mono<PendingSend> process(ScheduledTouch due, Instant now) {
        return enrollments.lock(due.enrollmentId()).flatMap(enrollment -> campaigns.campaignNamedAtIntake(due.tenantId(),
                        enrollment.campaignId(), now)
                .zipWith(campaigns.planOf(due.tenantId()))
                .flatMap(campaignAndPlan -> leads.find(due.tenantId(), enrollment.leadId())
                        .zipWith(leads.contactOf(due.tenantId(), enrollment.leadId()))
                        .flatMap(lead -> forLead(campaignAndPlan.getT1(), lead.getT1())
                                .flatMap(campaign -> checked(due, enrollment, campaign, campaignAndPlan.getT2(), lead.getT1(), lead.getT2(), now)))));
    }

    private Mono<PendingSend> checked(ScheduledTouch due, Enrollment enrollment, Campaign campaign, TenantPlan plan, ScoredLead lead,
            LeadContact contact, Instant now) {
        return switch (DueTouchCheck.check(enrollment, campaign, plan, lead, contact, due.step(), now)) {
            case DueTouchCheck.Skip skip -> schedule.skip(due, skip.reason(), now)
                    .then(skip.nextStep() ? scheduleNext(campaign, enrollment, due, now) : Mono.empty())
                    .then(Mono.<PendingSend>empty());
            case DueTouchCheck.Reschedule later -> schedule.reschedule(due, later.at(), later.reason(), now)
                    .then(Mono.<PendingSend>empty());
            case DueTouchCheck.Proceed proceed -> campaigns.tenantSendingMode(due.tenantId())
                    .flatMap(tenantMode -> switch (campaign.settings().permissionMode()) {
                        case CO_PILOT -> coPilot(due, enrollment, campaign, tenantMode, lead, contact, proceed.step(), now);
                        case MANUAL -> manual(due, enrollment, campaign, lead, contact, proceed.step(), now);
                        case AUTOPILOT -> touch(due, enrollment, campaign, tenantMode, lead, contact, proceed.step(), null, now);
                    });
        };
    }

    /**
     * The campaign as it works this lead: a {@code playbook} sequence becomes the latest playbook's sequence for the lead's
     * persona (its title), resolved each time a step is due; the built-in copy when no usable playbook is here.
     */
    private Mono<Campaign> forLead(Campaign campaign, ScoredLead lead) {
        if (campaign.sequence().source() != Sequence.Source.PLAYBOOK) {
            return Mono.just(campaign);
        }
        return playbooks.latestFor(lead.tenantId(), lead.leadId(), lead.companyDomain())
                .flatMap(playbook -> Mono.justOrEmpty(playbook.sequenceFor(lead.title())))
                .defaultIfEmpty(Sequence.BUILT_IN)
                .map(sequence -> {
                    try {
                        return campaign.workingWith(sequence);
                    } catch (CampaignRuleViolation noEmailShare) {
                        return campaign;
                    }
                });
    }

    /**
     * A manual campaign's step becomes a task with the rendered message for a person to send by hand; no touch is recorded
     * (nothing leaves the platform) and the sequence goes on.
     */
    private Mono<PendingSend> manual(ScheduledTouch due, Enrollment enrollment, Campaign campaign, ScoredLead lead, LeadContact contact,
            SequenceStep step, Instant now) {
        return enrollments.thread(enrollment.id()).defaultIfEmpty(EnrollmentThread.NONE).flatMap(thread -> {
            StepMessage message = StepMessage.of(campaign.sequence(), due.step(), lead, thread.subject());
            Task task = step.channel() == Channel.EMAIL ? Task.forManualStep(UUID.randomUUID(), due, enrollment, lead.email(), message, now)
                    : Task.forChannelStep(UUID.randomUUID(), due, enrollment, step.channel(), contact.addressOn(step.channel()).orElseThrow(),
                            message.draft(), now);
            return byHand(due, enrollment, campaign, task, now);
        });
    }

    /** The step handed to a person as a task; the sequence goes on. */
    private Mono<PendingSend> byHand(ScheduledTouch due, Enrollment enrollment, Campaign campaign, Task task, Instant now) {
        return tasks.open(task)
                .then(schedule.handedToPerson(due.id(), task.id(), now))
                .then(enrollments.save(enrollment.atStep(due.step())))
                .then(scheduleNext(campaign, enrollment, due, now))
                .then(Mono.<PendingSend>empty());
    }

    /**
     * A co-pilot step: the first time it is due, the rendered message waits in the approval queue and the step waits
     * with it; once decided, the step is due again and is made with the approved content, or skipped when rejected.
     */
    private Mono<PendingSend> coPilot(ScheduledTouch due, Enrollment enrollment, Campaign campaign, SendingMode tenantMode,
            ScoredLead lead, LeadContact contact, SequenceStep step, Instant now) {
        return approvals.ofScheduledTouch(due.id()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(found -> {
            if (found.isEmpty() || found.get().isPending()) {
                return enrollments.thread(enrollment.id()).defaultIfEmpty(EnrollmentThread.NONE)
                        .flatMap(thread -> approvals.open(Approval.pending(UUID.randomUUID(), due, enrollment, lead.email(),
                                StepMessage.of(campaign.sequence(), due.step(), lead, thread.subject()), now)))
                        .then(schedule.awaitApproval(due.id(), now))
                        .then(Mono.<PendingSend>empty());
            }
            Approval decided = found.get();
            if (Approval.REJECTED.equals(decided.status())) {
                return schedule.skip(due, "Rejected by " + decided.decidedBy(), now)
                        .then(scheduleNext(campaign, enrollment, due, now))
                        .then(Mono.<PendingSend>empty());
            }
            return touch(due, enrollment, campaign, tenantMode, lead, contact, step, decided.content(), now);
        });
    }

    /** @param approved the content a person approved (co-pilot), or null to render the step */
    private Mono<PendingSend> touch(ScheduledTouch due, Enrollment enrollment, Campaign campaign, SendingMode tenantMode, ScoredLead lead,
            LeadContact contact, SequenceStep step, EmailDraft approved, Instant now) {
        if (step.channel() != Channel.EMAIL) {
            return otherChannel(due, enrollment, campaign, tenantMode, lead, contact.addressOn(step.channel()).orElseThrow(), step, approved,
                    now);
        }
        return enrollments.thread(enrollment.id()).defaultIfEmpty(EnrollmentThread.NONE).flatMap(thread -> resources
                .allocate(enrollment.tenantId(), step.channel(), Optional.ofNullable(thread.resourceId()), now)
                .flatMap(resource -> {
                    StepMessage message = StepMessage.of(campaign.sequence(), due.step(), lead, thread.subject());
                    String domain = resource.domain() == null ? properties.messageIdDomain() : resource.domain();
                    boolean send = tenantMode == SendingMode.SEND && campaign.sendingMode() == SendingMode.SEND
                            && resource.kind() == ResourceKind.MAILBOX;
                    Touch touch = Touch.email(UUID.randomUUID(), enrollment, due.step(), message.variant(),
                            send ? TouchMode.SENT : TouchMode.DRAFT, resource.id(), MessageIds.mint(UUID.randomUUID(), domain),
                            thread.lastMessageId(), lead.email(), approved == null ? message.draft() : approved, now);
                    if (send) {
                        OutgoingEmail email = OutgoingEmail.of(touch, thread.firstMessageId(), resource.fromName(), resource.address(),
                                resource.postalAddress(), unsubscribes.linkFor(touch.tenantId(), touch.leadId(), touch.to()));
                        return touches.addIfStepIsNew(touch)
                                .flatMap(stored -> stored ? schedule.sending(due.id(), touch.id(), now)
                                        .thenReturn(new PendingSend(due, touch, email, resource.smtp(), null, null))
                                        : schedule.skip(due, "The step already has a touch", now).then(Mono.<PendingSend>empty()));
                    }
                    return touches.addIfStepIsNew(touch)
                            .flatMap(stored -> stored ? publisher.touched(touch)
                                    .contextWrite(context -> due.traceparent() == null ? context
                                            : context.put(Traceparent.CONTEXT_KEY, due.traceparent())) : Mono.<Void>empty())
                            .then(enrollments.save(enrollment.atStep(due.step())))
                            .then(enrollments.recordThread(enrollment.id(),
                                    thread.after(resource.id(), touch.messageId(), touch.subject())))
                            .then(schedule.done(due.id(), touch.id(), now))
                            .then(scheduleNext(campaign, enrollment, due, now))
                            .then(Mono.<PendingSend>empty());
                })
                .switchIfEmpty(Mono.defer(() -> schedule.reschedule(due, now.plus(DueTouchCheck.RETRY_LATER),
                        "No " + step.channel().wireName() + " capacity left today", now).then(Mono.<PendingSend>empty()))));
    }

    /**
     * A person completed a task; emits it, or nothing when the tenant has no such task. For a manual step whose enrolment
     * is still active (email or another channel), the touch is recorded as sent by that person (mode {@code sent}, from the
     * channel's draft desk, no Message-ID: it left from their own mailbox or phone) with its {@code touch.sent}, once: a
     * second completion finds the step made already.
     */
    public Mono<Task> completeTask(UUID tenantId, UUID taskId, String by) {
        Instant now = now();
        return tx.transactional(tasks.complete(tenantId, taskId, by, now).flatMap(task -> task.manualMessage()
                .map(message -> schedule.handedOverIn(tenantId, taskId).flatMap(due -> madeByHand(due, message, now)).thenReturn(task))
                .orElseGet(() -> Mono.just(task))));
    }

    private Mono<Void> madeByHand(ScheduledTouch due, Task.ManualMessage message, Instant now) {
        return enrollments.lock(due.enrollmentId()).filter(Enrollment::isActive).flatMap(enrollment -> resources
                .draftDesk(due.tenantId(), message.channel(), now).flatMap(desk -> {
                    Touch touch = Touch.on(message.channel(), UUID.randomUUID(), enrollment, due.step(), null, TouchMode.SENT, desk.id(), null,
                            null, message.recipient(), message.content(), now);
                    return touches.addIfStepIsNew(touch).flatMap(stored -> !stored ? Mono.<Void>empty()
                            : touches.markDelivery(touch.id(), SENT, now)
                                    .then(publisher.touched(touch).contextWrite(context -> due.traceparent() == null ? context
                                            : context.put(Traceparent.CONTEXT_KEY, due.traceparent())))
                                    .then(schedule.done(due.id(), touch.id(), now)));
                }));
    }

    /**
     * A step on SMS, voice, LinkedIn or mail ({@code to}: the lead's phone number or profile). In {@code send} mode it
     * goes to the channel's provider when one is configured, else it becomes a task for a person with the text to send;
     * otherwise it is a rendered
     * draft like an email's ({@code touch.sent} with its channel, from the channel's resource or draft desk).
     */
    private Mono<PendingSend> otherChannel(ScheduledTouch due, Enrollment enrollment, Campaign campaign, SendingMode tenantMode,
            ScoredLead lead, String to, SequenceStep step, EmailDraft approved, Instant now) {
        StepMessage message = StepMessage.of(campaign.sequence(), due.step(), lead, null);
        EmailDraft content = approved == null ? message.draft() : approved;
        if (tenantMode == SendingMode.SEND && campaign.sendingMode() == SendingMode.SEND) {
            // letters need the lead's postal address, which never arrives: a mail step never reaches a provider
            Optional<ChannelProvider> provider = providers.forChannel(step.channel()).filter(p -> step.channel() != Channel.MAIL);
            if (provider.isPresent()) {
                return viaProvider(due, enrollment, provider.get(), to, step, message.variant(), content, now);
            }
            return byHand(due, enrollment, campaign, Task.forChannelStep(UUID.randomUUID(), due, enrollment, step.channel(), to, content, now),
                    now);
        }
        return resources.allocate(enrollment.tenantId(), step.channel(), Optional.empty(), now)
                .flatMap(resource -> {
                    Touch touch = Touch.on(step.channel(), UUID.randomUUID(), enrollment, due.step(), message.variant(), TouchMode.DRAFT,
                            resource.id(), null, null, to, content, now);
                    return touches.addIfStepIsNew(touch)
                            .flatMap(stored -> stored ? publisher.touched(touch)
                                    .contextWrite(context -> due.traceparent() == null ? context
                                            : context.put(Traceparent.CONTEXT_KEY, due.traceparent())) : Mono.<Void>empty())
                            .then(enrollments.save(enrollment.atStep(due.step())))
                            .then(schedule.done(due.id(), touch.id(), now))
                            .then(scheduleNext(campaign, enrollment, due, now))
                            .then(Mono.<PendingSend>empty());
                })
                .switchIfEmpty(Mono.defer(() -> schedule.reschedule(due, now.plus(DueTouchCheck.RETRY_LATER),
                        "No " + step.channel().wireName() + " capacity left today", now).then(Mono.<PendingSend>empty())));
    }

    /**
     * A non-email step in {@code send} mode whose channel has a provider: the same state machine as email. The touch is
     * recorded {@code sending} in the step's transaction (no {@code touch.sent} yet) and handed to the provider after the
     * commit; the sender is the tenant's SMS number when one has capacity, else the provider's configured default.
     */
    private Mono<PendingSend> viaProvider(ScheduledTouch due, Enrollment enrollment, ChannelProvider provider, String to, SequenceStep step,
            String variant, EmailDraft content, Instant now) {
        return resources.allocate(enrollment.tenantId(), step.channel(), Optional.empty(), now)
                .flatMap(resource -> {
                    Touch touch = Touch.on(step.channel(), UUID.randomUUID(), enrollment, due.step(), variant, TouchMode.SENT,
                            resource.id(), null, null, to, content, now);
                    String sender = resource.kind() == ResourceKind.SMS_NUMBER ? resource.address() : null;
                    ChannelMessage message = ChannelMessage.to(touch.id().toString(), step.channel(), sender, to, content.body());
                    return touches.addIfStepIsNew(touch)
                            .flatMap(stored -> stored ? schedule.sending(due.id(), touch.id(), now)
                                    .thenReturn(new PendingSend(due, touch, null, null, provider, message))
                                    : schedule.skip(due, "The step already has a touch", now).then(Mono.<PendingSend>empty()));
                })
                .switchIfEmpty(Mono.defer(() -> schedule.reschedule(due, now.plus(DueTouchCheck.RETRY_LATER),
                        "No " + step.channel().wireName() + " capacity left today", now).then(Mono.<PendingSend>empty())));
    }

    /**
     * The provider's half of the state machine. Taken: {@code sent} with the provider's id on {@code touch.sent}, in one
     * transaction. Not taken (rate limited, down, refused): the touch is removed and the step is due again later with the
     * reason. No answer in time ({@code UNKNOWN}) or taken but the commit failed: the step stays {@code sending} and
     * recovery marks it {@code unknown}; it is never handed over twice.
     */
    private Mono<Void> handOffToProvider(PendingSend send) {
        Instant start = now();
        return send.provider().deliver(send.message())
                .flatMap(receipt -> tx.transactional(touches.recordProviderId(send.touch().id(), receipt.id())
                                .then(settle(send.due(), send.touch(), SENT, receipt.id(), now())))
                        .onErrorResume(e -> {
                            log.error("Touch {} was taken by {} but not recorded as sent; it is never resent and recovery marks it unknown",
                                    send.touch().id(), send.provider().name(), e);
                            return Mono.empty();
                        }))
                .onErrorResume(ChannelDeliveryFailure.class, failure -> {
                    if (failure.outcome() == ChannelDeliveryFailure.Outcome.UNKNOWN) {
                        log.warn("Touch {}: {}; it is never resent and recovery marks it unknown", send.touch().id(), failure.getMessage());
                        return Mono.empty();
                    }
                    log.warn("Touch {} not taken ({}); its step is due again later", send.touch().id(), failure.getMessage());
                    return tx.transactional(touches.discardUnsent(send.touch().id())
                            .then(schedule.sendFailed(send.due().id(), failure.getMessage(), start.plus(DueTouchCheck.RETRY_LATER),
                                    MAX_ATTEMPTS, start)));
                })
                .onErrorResume(e -> {
                    log.error("Touch {}: the provider hand-off failed unexpectedly; recovery marks it unknown", send.touch().id(), e);
                    return Mono.empty();
                });
    }

    /**
     * A touch recorded {@code sending}, to hand over after the commit: an email to SMTP ({@code email}, {@code smtp}), or
     * another channel's message to its provider ({@code provider}, {@code message}).
     */
    record PendingSend(ScheduledTouch due, Touch touch, OutgoingEmail email, SmtpSettings smtp, ChannelProvider provider,
            ChannelMessage message) {
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
