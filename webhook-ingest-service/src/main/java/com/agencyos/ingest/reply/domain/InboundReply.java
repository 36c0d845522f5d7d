package com.agencyos.ingest.reply.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A reply as a provider delivered it, before matching and classification.
 *
 * @param providerRef the provider's id for the message (Postmark's {@code MessageID}), or a hash of the body without
 *     one; a redelivered reply carries the same one and changes nothing
 * @param sender the address or number it came from, as sent
 * @param referencedMessageIds the RFC 5322 Message-IDs it answers ({@code In-Reply-To}, then {@code References}
 *     newest first), angle brackets included
 * @param mailboxHash what followed the {@code +} of the address it was sent to; ours is the touch id
 * @param text the body as written, quotes and signature included
 */
public record InboundReply(UUID tenantId, String channel, String providerRef, String sender, String subject,
        List<String> referencedMessageIds, String mailboxHash, String text, Instant receivedAt) {

    public InboundReply {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(receivedAt, "receivedAt");
        referencedMessageIds = List.copyOf(referencedMessageIds);
        providerRef = withoutNul(providerRef);
        sender = withoutNul(sender);
        subject = withoutNul(subject);
        mailboxHash = withoutNul(mailboxHash);
        text = text == null ? "" : withoutNul(text);
    }

    /** PostgreSQL text cannot hold U+0000, and no person writes one: it goes, rather than the whole reply. */
    static String withoutNul(String value) {
        return value == null ? null : value.replace("\0", "");
    }
}
