package com.agencyos.ingest.reply.application;

import com.agencyos.ingest.reply.domain.ReplyMatch;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Finds the sent touch a reply answers, within one tenant; each lookup is empty when nothing fits. */
public interface TouchLookup {

    /** The touch whose Message-ID comes first in {@code messageIds}. */
    Mono<ReplyMatch> byMessageId(UUID tenantId, List<String> messageIds);

    Mono<ReplyMatch> byTouchId(UUID tenantId, UUID touchId);

    /** The latest touch on the channel to this address or number. */
    Mono<ReplyMatch> latestTo(UUID tenantId, String channel, String recipient);
}
