package com.agencyos.scoring.score.adapter.messaging;

import com.agencyos.platform.events.Inbox;
import com.agencyos.platform.events.PoisonEventException;
import com.agencyos.scoring.score.application.LeadScoringService;
import com.agencyos.scoring.score.application.LearnedWeights;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
class ScoringListeners {

    private final Inbox inbox;
    private final LeadScoringService scoring;

    ScoringListeners(Inbox inbox, LeadScoringService scoring) {
        this.inbox = inbox;
        this.scoring = scoring;
    }

    @KafkaListener(topics = ScoringTopics.LEAD_ENRICHED)
    void onLeadEnriched(ConsumerRecord<String, String> record) {
        inbox.process("scoring", record, event -> {
            if (!event.is(ScoringTopics.LEAD_ENRICHED_V1)) {
                return Mono.empty();
            }
            LeadEnrichedMessage enriched = event.payload(LeadEnrichedMessage.class);
            enriched.requireIdentity();
            event.requireTenant(enriched.tenantId());
            return scoring.score(enriched.leadId(), enriched.tenantId(), enriched.facts(), enriched.summary());
        });
    }

    @KafkaListener(topics = ScoringTopics.TENANT_CHANGED)
    void onTenantChanged(ConsumerRecord<String, String> record) {
        inbox.process("scoring", record, event -> {
            if (!event.is(ScoringTopics.TENANT_CHANGED_V1)) {
                return Mono.empty();
            }
            TenantChangedMessage changed = event.payload(TenantChangedMessage.class);
            if (changed.tenantId() == null) {
                throw new PoisonEventException("tenant.changed needs tenantId");
            }
            try {
                return scoring.tenantChanged(changed.tenantId(), changed.toIcp(),
                        changed.version() == null ? 0 : changed.version());
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException("tenant.changed carries an invalid ICP: " + e.getMessage(), e);
            }
        });
    }

    @KafkaListener(topics = ScoringTopics.WEIGHTS_LEARNED)
    void onWeightsLearned(ConsumerRecord<String, String> record) {
        inbox.process("scoring", record, event -> {
            if (!event.is(ScoringTopics.WEIGHTS_LEARNED_V1)) {
                return Mono.empty();
            }
            LearnedWeights learned = event.payload(WeightsLearnedMessage.class).toLearnedWeights();
            if (learned.scope() == LearnedWeights.Scope.TENANT) {
                event.requireTenant(learned.tenantId());
            }
            return scoring.weightsLearned(learned);
        });
    }

    @KafkaListener(topics = ScoringTopics.DELIVERY_EVENTS)
    void onDeliveryEvent(ConsumerRecord<String, String> record) {
        inbox.process("scoring", record, event -> {
            if (!event.is(ScoringTopics.DELIVERY_BOUNCED_V1)) {
                return Mono.empty();
            }
            DeliveryBouncedMessage bounced = event.payload(DeliveryBouncedMessage.class);
            event.requireTenant(bounced.tenantId());
            if (!"hard".equals(bounced.kind()) || bounced.leadId() == null) {
                return Mono.empty();
            }
            return scoring.hardBounce(bounced.tenantId(), bounced.leadId());
        });
    }
}
