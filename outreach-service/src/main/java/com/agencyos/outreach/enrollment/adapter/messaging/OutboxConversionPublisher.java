package com.agencyos.outreach.enrollment.adapter.messaging;

import com.agencyos.outreach.enrollment.application.ConversionPublisher;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxConversionPublisher implements ConversionPublisher {

    private final Outbox outbox;

    OutboxConversionPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed by the lead, like every other event about it. */
    @Override
    public Mono<Void> converted(UUID tenantId, UUID leadId, UUID campaignId, UUID touchId, String how, Instant convertedAt) {
        return outbox.append(OutgoingEvent.of(OutreachTopics.LEAD_CONVERTED, OutreachTopics.LEAD_CONVERTED_V1, leadId, tenantId,
                new LeadConvertedMessage(leadId, tenantId, campaignId, touchId, how, convertedAt)));
    }

    record LeadConvertedMessage(UUID leadId, UUID tenantId, UUID campaignId, UUID touchId, String how, Instant convertedAt) {
    }
}
