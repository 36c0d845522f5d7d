package com.agencyos.enrichment.lead.adapter.messaging;

import com.agencyos.enrichment.lead.application.EnrichmentPublisher;
import com.agencyos.enrichment.lead.domain.EnrichedLead;
import com.agencyos.platform.events.Outbox;
import com.agencyos.platform.events.OutgoingEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxEnrichmentPublisher implements EnrichmentPublisher {

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
        lead.provenance().forEach((path, p) ->
                provenance.put(path, new LeadEnrichedMessage.Provenance(p.provider(), p.confidence(), p.fetchedAt())));
        var web = lead.webPresence() == null ? null : new LeadEnrichedMessage.WebPresence(lead.webPresence().domainRank(),
                lead.webPresence().organicTraffic(), lead.webPresence().top10Keywords(), lead.webPresence().spamScore());
        return new LeadEnrichedMessage(lead.leadId(), lead.tenantId(), lead.campaignId(), lead.status().name(),
                lead.confidence(), lead.enrichedAt(),
                new LeadEnrichedMessage.Contact(lead.email(), lead.firstName(), lead.lastName(), lead.title(),
                        lead.phone(), lead.linkedinUrl(), lead.country(), lead.emailVerified(), lead.emailIsRoleAddress(),
                        lead.emailIsFreeMail(), lead.employmentStartDate(), false),
                new LeadEnrichedMessage.Company(lead.companyName(), lead.companyDomain(), lead.website(),
                        lead.description(), lead.industry(), lead.employeeCount(), lead.companyCountry(), lead.city(),
                        lead.hiring(), lead.latestFundingDate(), lead.technologies(), lead.websiteReachable(),
                        lead.companyLinkedinUrl()),
                web, provenance,
                lead.providerCalls().stream().map(c -> new LeadEnrichedMessage.ProviderCall(c.provider(), c.tier(),
                        c.outcome().name(), c.costMicros(), c.cached())).toList(),
                lead.totalCostMicros());
    }
}
