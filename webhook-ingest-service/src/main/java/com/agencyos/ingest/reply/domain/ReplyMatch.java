package com.agencyos.ingest.reply.domain;

import java.util.UUID;

/**
 * The touch and lead a reply answers, and how we know.
 *
 * @param matchedBy {@code message_id}, {@code mailbox_hash} or {@code sender}; null when nothing matched
 */
public record ReplyMatch(UUID leadId, UUID touchId, UUID campaignId, String matchedBy) {

    public static final ReplyMatch NONE = new ReplyMatch(null, null, null, null);

    public boolean matched() {
        return leadId != null;
    }
}
