package com.agencyos.ingest.lead.adapter.messaging;

import com.agencyos.ingest.lead.application.LeadIntakePublisher;
import com.agencyos.ingest.lead.domain.LeadReceipt;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxLeadIntakePublisher implements LeadIntakePublisher {

    private final Outbox outbox;

    OutboxLeadIntakePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> received(LeadReceipt receipt) {
        return outbox.append(OutgoingEvent.of(LeadTopics.FORM_RECEIVED, LeadTopics.FORM_RECEIVED_V1, receipt.leadId(),
                receipt.tenantId(), toMessage(receipt)));
    }

    static FormReceivedMessage toMessage(LeadReceipt receipt) {
        var s = receipt.submission();
        return new FormReceivedMessage(receipt.leadId(), receipt.tenantId(), receipt.source().wireName(),
                receipt.sourceRef(), receipt.receivedAt(), s.campaignId(),
                new FormReceivedMessage.Contact(s.email(), s.firstName(), s.lastName(), s.title(), s.phone(),
                        s.linkedinUrl(), s.country(), s.employmentStartDate()),
                new FormReceivedMessage.Company(s.companyName(), s.companyDomain(), s.website(), s.industry(),
                        s.employeeCount(), s.hiring(), s.latestFundingDate()),
                s.customFields(), s.consent());
    }
}
