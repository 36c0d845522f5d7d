package com.agencyos.analytics.fact.adapter.messaging;

import com.agencyos.analytics.fact.application.FactRecorder;
import com.agencyos.platform.events.Inbox;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class EventFactListener {

    static final String CONSUMER = "analytics";

    private final Inbox inbox;
    private final FactRecorder recorder;
    private final Clock clock;

    EventFactListener(Inbox inbox, FactRecorder recorder, Clock clock) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.clock = clock;
    }

    @KafkaListener(topics = {AnalyticsTopics.FORM_RECEIVED, AnalyticsTopics.LEAD_ENRICHED, AnalyticsTopics.LEAD_SCORED,
        AnalyticsTopics.PLAYBOOK_GENERATED, AnalyticsTopics.TOUCH_SENT, AnalyticsTopics.REPLY_CLASSIFIED,
        AnalyticsTopics.DELIVERY_EVENTS, AnalyticsTopics.LEAD_CONVERTED, AnalyticsTopics.TENANT_CHANGED,
        AnalyticsTopics.SUPPRESSION_CHANGED})
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A tombstone on a compacted topic removes a key's state; it states no fact.
            return;
        }
        inbox.process(CONSUMER, record, event -> recorder.record(Facts.from(event, clock.instant())));
    }
}
