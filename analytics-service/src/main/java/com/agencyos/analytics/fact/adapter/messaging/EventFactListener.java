package com.agencyos.analytics.fact.adapter.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The live consumer, group {@code analytics-service}. It does not start in the jar's topic-replay mode: that process
 * writes into a fresh database and must neither consume as, nor commit offsets for, the live group.
 */
@Component
class EventFactListener {

    private final FactIntake intake;

    EventFactListener(FactIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(topics = {AnalyticsTopics.FORM_RECEIVED, AnalyticsTopics.LEAD_ENRICHED, AnalyticsTopics.LEAD_SCORED,
        AnalyticsTopics.PLAYBOOK_GENERATED, AnalyticsTopics.TOUCH_SENT, AnalyticsTopics.REPLY_CLASSIFIED,
        AnalyticsTopics.DELIVERY_EVENTS, AnalyticsTopics.LEAD_CONVERTED, AnalyticsTopics.TENANT_CHANGED,
        AnalyticsTopics.SUPPRESSION_CHANGED},
            autoStartup = "#{!${agencyos.analytics.replay-topics-and-exit:false}}")
    void on(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
