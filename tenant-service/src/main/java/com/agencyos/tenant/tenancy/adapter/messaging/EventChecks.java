package com.agencyos.tenant.tenancy.adapter.messaging;

import com.agencyos.platform.events.IncomingEvent;
import com.agencyos.platform.events.PoisonEventException;
import java.util.UUID;

/** Envelope checks the usage listeners share: an event must belong to the tenant its envelope names. */
final class EventChecks {

    private EventChecks() {
    }

    static void sameTenant(IncomingEvent event, UUID payloadTenant) {
        event.tenantId().filter(envelope -> !envelope.equals(payloadTenant)).ifPresent(envelope -> {
            throw new PoisonEventException("ce_tenantid " + envelope + " does not match the payload's tenantId "
                    + payloadTenant);
        });
    }
}
