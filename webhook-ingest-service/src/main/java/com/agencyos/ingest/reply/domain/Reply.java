package com.agencyos.ingest.reply.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A received reply, matched (or not) and classified: what is stored and announced as {@code reply.classified}. */
public record Reply(UUID replyId, InboundReply inbound, ReplyMatch match, Classification classification) {

    public Reply {
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(classification, "classification");
    }

    public static Reply of(InboundReply inbound, ReplyMatch match, Classification classification) {
        return new Reply(UUID.randomUUID(), inbound, match, classification);
    }

    public UUID tenantId() {
        return inbound.tenantId();
    }

    public Instant receivedAt() {
        return inbound.receivedAt();
    }

    public boolean asksToUnsubscribe() {
        return classification.intent() == ReplyIntent.UNSUBSCRIBE;
    }
}
