package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.PoisonEventException;
import java.util.UUID;

/** Checks on an event's envelope that no retry can fix. */
final class Envelopes {

    private Envelopes() {
    }

    /** An event whose {@code ce_tenantid} and payload name different tenants cannot be trusted with either. */
    static void requireSameTenant(IncomingEvent event, UUID payloadTenant) {
        event.tenantId().filter(header -> !header.equals(payloadTenant)).ifPresent(header -> {
            throw new PoisonEventException("Event " + event.id() + " has ce_tenantid " + header
                    + " but its payload names tenant " + payloadTenant);
        });
    }
}
