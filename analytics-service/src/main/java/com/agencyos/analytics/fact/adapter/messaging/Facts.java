package com.agencyos.analytics.fact.adapter.messaging;

import com.agencyos.analytics.fact.application.Payload;
import com.agencyos.analytics.fact.domain.EventFact;
import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.UUID;

/** Turns a consumed CloudEvent into the fact analytics keeps. */
final class Facts {

    private Facts() {
    }

    static EventFact from(IncomingEvent event, Instant receivedAt) {
        Payload payload = Payload.of(event.type(), event.data());
        return new EventFact(event.id(), event.type(), event.topic(), tenantOf(event, payload), payload.uuid("leadId"),
                occurredAt(event, payload, receivedAt), event.data());
    }

    /**
     * The {@code ce_tenantid} and the payload's {@code tenantId} must agree: a fact filed under the wrong tenant
     * would show one tenant's lead to another.
     */
    static UUID tenantOf(IncomingEvent event, Payload payload) {
        UUID inPayload = payload.uuid("tenantId");
        UUID inHeader = event.tenantId().orElse(null);
        if (inPayload != null && inHeader != null && !inPayload.equals(inHeader)) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": ce_tenantid " + inHeader
                    + " does not match the payload's tenantId " + inPayload);
        }
        return inHeader != null ? inHeader : inPayload;
    }

    private static Instant occurredAt(IncomingEvent event, Payload payload, Instant receivedAt) {
        String field = AnalyticsTopics.TIME_FIELDS.get(event.type());
        Instant own = field == null ? null : payload.instant(field);
        if (own != null) {
            return own;
        }
        return event.time() != null ? event.time() : receivedAt;
    }
}
