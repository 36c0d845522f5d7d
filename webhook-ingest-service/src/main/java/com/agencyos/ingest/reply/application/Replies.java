package com.agencyos.ingest.reply.application;

import com.agencyos.ingest.reply.domain.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored replies, unique per tenant, channel and provider ref. */
public interface Replies {

    /** False, changing nothing, when the tenant already holds a reply with this provider ref on this channel. */
    Mono<Boolean> insertIfNew(Reply reply, byte[] rawBody);

    Mono<UUID> replyIdOf(UUID tenantId, String channel, String providerRef);

    /** Newest first; {@code matched} null lists all. */
    Flux<StoredReply> list(UUID tenantId, Boolean matched, int limit);

    /** A stored reply as the API shows it. */
    record StoredReply(UUID replyId, UUID leadId, UUID touchId, String channel, String sender, String subject,
            String matchedBy, String intent, double confidence, LocalDate returnDate, String excerpt,
            Instant receivedAt) {
    }
}
