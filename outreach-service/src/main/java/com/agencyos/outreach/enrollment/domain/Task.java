package com.agencyos.outreach.enrollment.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Work for a person: a reply that automation must not answer (interest, a question, a meeting request), or a step of
 * a {@code manual} campaign for a person to make by hand.
 *
 * @param kind {@code reply} or {@code manual_touch}
 * @param status {@code open} until a person completes it, then {@code done}
 * @param replyId the reply it answers; at most one task per reply
 */
public record Task(UUID id, UUID tenantId, String kind, String status, UUID leadId, UUID campaignId, UUID enrollmentId,
        UUID replyId, UUID touchId, String title, String detail, Instant createdAt, Instant completedAt, String completedBy) {

    public static final String OPEN = "open";
    public static final String DONE = "done";

    public Task {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
    }

    /** The task a reply that needs a person opens. */
    public static Task forReply(UUID id, ReplyReceived reply, UUID campaignId, UUID enrollmentId, String reason, Instant now) {
        return new Task(id, reply.tenantId(), "reply", OPEN, reply.leadId(), campaignId, enrollmentId, reply.replyId(),
                reply.touchId(), "Answer the " + reply.intent().replace('_', ' ') + " reply", reason, now, null, null);
    }

    static final String MANUAL_TOUCH = "manual_touch";
    private static final String SUBJECT = "Subject: ";
    private static final String BEFORE_BODY = "\n\n";
    private static final String BY_HAND = " by hand";
    private static final String ON = " on ";
    private static final String TO = " to ";

    public boolean isManualTouch() {
        return MANUAL_TOUCH.equals(kind);
    }

    /** A manual step's message as the task asked for it: the channel, the recipient, the content (a subject for email only). */
    public record ManualMessage(Channel channel, String recipient, EmailDraft content) {
    }

    /** The message of a manual step on any channel, as {@link #forManualStep} or {@link #forChannelStep} wrote it; empty for others. */
    public Optional<ManualMessage> manualMessage() {
        if (!isManualTouch() || detail == null) {
            return Optional.empty();
        }
        if (isManualEmail()) {
            int to = title.indexOf(BY_HAND + TO);
            return to < 0 ? Optional.empty()
                    : Optional.of(new ManualMessage(Channel.EMAIL, title.substring(to + BY_HAND.length() + TO.length()), manualDraft()));
        }
        int on = title.indexOf(BY_HAND + ON);
        int to = on < 0 ? -1 : title.indexOf(TO, on + BY_HAND.length() + ON.length());
        if (to < 0) {
            return Optional.empty();
        }
        try {
            Channel channel = Channel.fromWire(title.substring(on + BY_HAND.length() + ON.length(), to));
            return Optional.of(new ManualMessage(channel, title.substring(to + TO.length()), new EmailDraft(null, detail)));
        } catch (IllegalArgumentException notAChannel) {
            return Optional.empty();
        }
    }

    /** A manual email step, whose message {@link #manualDraft} gives back. */
    public boolean isManualEmail() {
        return isManualTouch() && detail != null && detail.startsWith(SUBJECT) && detail.contains(BEFORE_BODY);
    }

    /** The message a manual task asked a person to send, as {@link #forManualStep} wrote it into the detail. */
    public EmailDraft manualDraft() {
        if (!isManualEmail()) {
            throw new IllegalStateException("task " + id + " is not a manual step's message");
        }
        int split = detail.indexOf(BEFORE_BODY);
        return new EmailDraft(detail.substring(SUBJECT.length(), split), detail.substring(split + BEFORE_BODY.length()));
    }

    /** A step on SMS, voice, LinkedIn or mail, for a person to make by hand (no provider adapter does it): the text to send. */
    public static Task forChannelStep(UUID id, ScheduledTouch due, Enrollment enrollment, Channel channel, String recipient, EmailDraft content,
            Instant now) {
        return new Task(id, due.tenantId(), MANUAL_TOUCH, OPEN, enrollment.leadId(), enrollment.campaignId(), enrollment.id(), null, null,
                "Send step " + due.step() + BY_HAND + ON + channel.wireName() + TO + recipient, content.body(), now, null, null);
    }

    /** A manual campaign's step: the rendered message, for a person to send by hand. */
    public static Task forManualStep(UUID id, ScheduledTouch due, Enrollment enrollment, String recipient, StepMessage message, Instant now) {
        return new Task(id, due.tenantId(), MANUAL_TOUCH, OPEN, enrollment.leadId(), enrollment.campaignId(), enrollment.id(), null, null,
                "Send step " + due.step() + BY_HAND + TO + recipient,
                SUBJECT + message.draft().subject() + BEFORE_BODY + message.draft().body(), now, null, null);
    }
}
