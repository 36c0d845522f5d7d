package com.agencyos.enrichment.lead.adapter.messaging;

import com.agencyos.enrichment.lead.application.EnrichmentPublisher;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.platform.events.Outbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxEnrichmentPublisher implements EnrichmentPublisher {

    /** Until the provider waterfall exists, every field comes from the form, normalised. */
    static final String INTAKE = "intake";

    private final Outbox outbox;

    OutboxEnrichmentPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> enriched(EnrichedLead lead) {
        return outbox.append(OutgoingEvent.of(EnrichmentTopics.LEAD_ENRICHED, EnrichmentTopics.LEAD_ENRICHED_V1,
                lead.leadId(), lead.tenantId(), toMessage(lead)));
    }

    static LeadEnrichedMessage toMessage(EnrichedLead lead) {
        Map<String, LeadEnrichedMessage.Provenance> provenance = new LinkedHashMap<>();
        Map<String, Object> known = new LinkedHashMap<>();
        known.put("contact.email", lead.email());
        known.put("contact.firstName", lead.firstName());
        known.put("contact.lastName", lead.lastName());
        known.put("contact.title", lead.title());
        known.put("contact.phone", lead.phone());
        known.put("company.name", lead.companyName());
        known.put("company.domain", lead.companyDomain());
        known.forEach((field, value) -> {
            if (value != null) {
                provenance.put(field, new LeadEnrichedMessage.Provenance(INTAKE, 1.0, lead.enrichedAt()));
            }
        });
        return new LeadEnrichedMessage(lead.leadId(), lead.tenantId(), lead.campaignId(), lead.status().name(),
                lead.confidence(), lead.enrichedAt(),
                new LeadEnrichedMessage.Contact(lead.email(), lead.firstName(), lead.lastName(), lead.title(),
                        lead.phone(), lead.linkedinUrl(), lead.country(), null, lead.emailIsRoleAddress(),
                        lead.emailIsFreeMail(), lead.employmentStartDate(), false),
                new LeadEnrichedMessage.Company(lead.companyName(), lead.companyDomain(), null, lead.industry(),
                        lead.employeeCount(), null, null, lead.hiring(), lead.latestFundingDate(), List.of(), null),
                provenance, List.of(), 0L);
    }
}
