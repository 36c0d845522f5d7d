package com.agencyos.scoring.score.adapter.messaging;

import com.agencyos.platform.events.OutgoingEvent;
import com.agencyos.platform.events.Outbox;
import com.agencyos.scoring.score.application.ScoredLead;
import com.agencyos.scoring.score.application.ScoringPorts.ScorePublisher;
import com.agencyos.scoring.score.domain.Channel;
import com.agencyos.scoring.score.domain.ScoreBreakdown;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class OutboxScorePublisher implements ScorePublisher {

    private final Outbox outbox;

    OutboxScorePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Mono<Void> scored(List<ScoredLead> scored) {
        return outbox.append(scored.stream().map(lead -> OutgoingEvent.of(ScoringTopics.LEAD_SCORED,
                ScoringTopics.LEAD_SCORED_V1, lead.leadId(), lead.tenantId(), toMessage(lead))).toList());
    }

    record LeadScoredMessage(UUID leadId, UUID tenantId, int score, String tier, Instant scoredAt, Components components,
            List<ReasonMessage> reasons, Components.WeightsMessage weights, String weightsSource,
            List<String> allowedChannels, boolean firstScore, String email, String firstName, String lastName,
            String title, String companyName, String companyDomain, String country, UUID campaignId) {
    }

    record Components(int dataQuality, int authority, int companyFit, int timing, int risk) {
        record WeightsMessage(double dataQuality, double authority, double companyFit, double timing, double risk) {
        }
    }

    record ReasonMessage(String component, int points, String why) {
    }

    static LeadScoredMessage toMessage(ScoredLead scored) {
        ScoreBreakdown b = scored.breakdown();
        var w = b.weights();
        var lead = scored.lead();
        return new LeadScoredMessage(scored.leadId(), scored.tenantId(), b.score(), b.tier().wireName(),
                scored.scoredAt(), new Components(b.dataQuality(), b.authority(), b.companyFit(), b.timing(), b.risk()),
                b.reasons().stream().map(r -> new ReasonMessage(snake(r.component().wireName()), r.points(), r.why())).toList(),
                new Components.WeightsMessage(w.dataQuality(), w.authority(), w.companyFit(), w.timing(), w.risk()),
                scored.weightsSource().wireName(), b.allowedChannels().stream().map(Channel::wireName).toList(),
                scored.firstScore(), lead.email(), lead.firstName(), lead.lastName(), lead.title(), lead.companyName(),
                lead.companyDomain(), lead.country(), lead.campaignId());
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }
}
