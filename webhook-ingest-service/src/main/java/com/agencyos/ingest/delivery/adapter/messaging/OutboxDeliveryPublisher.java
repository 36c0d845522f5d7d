package com.agencyos.ingest.delivery.adapter.messaging;

import com.agencyos.ingest.delivery.application.DeliveryPublisher;
import com.agencyos.ingest.delivery.domain.DeliveryReport;
import com.agencyos.ingest.reply.domain.ReplyMatch;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxDeliveryPublisher implements DeliveryPublisher {

    private final Outbox outbox;

    OutboxDeliveryPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> reported(DeliveryReport report, ReplyMatch match) {
        var key = match.leadId() != null ? match.leadId() : report.tenantId();
        if (report.kind() == DeliveryReport.Kind.COMPLAINT) {
            return outbox.append(OutgoingEvent.of(DeliveryMessages.DELIVERY_EVENTS, DeliveryMessages.COMPLAINED_V1, key,
                    report.tenantId(), new DeliveryMessages.Complained(report.tenantId(), match.leadId(), report.email(),
                            match.touchId(), report.occurredAt(), report.source())));
        }
        String kind = report.kind() == DeliveryReport.Kind.HARD_BOUNCE ? "hard" : "soft";
        return outbox.append(OutgoingEvent.of(DeliveryMessages.DELIVERY_EVENTS, DeliveryMessages.BOUNCED_V1, key,
                report.tenantId(), new DeliveryMessages.Bounced(report.tenantId(), match.leadId(), report.email(), kind,
                        match.touchId(), report.occurredAt(), report.source())));
    }
}
