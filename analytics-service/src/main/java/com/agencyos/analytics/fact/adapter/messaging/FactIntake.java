package com.agencyos.analytics.fact.adapter.messaging;

import com.agencyos.analytics.fact.application.FactRecorder;
import com.agencyos.platform.events.Inbox;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * What consuming one record means here: through the inbox (once per {@code ce_id}), the record becomes a fact and
 * is offered to every projection, all in one transaction. The live listener and the topic replay both take records
 * in only through this class, so a replayed topic builds exactly what live consumption built.
 */
@Component
public class FactIntake {

    /** The inbox consumer name: a replay into a database that already has a fact skips it as live consumption would. */
    static final String CONSUMER = "analytics";

    private final Inbox inbox;
    private final FactRecorder recorder;
    private final Clock clock;

    public FactIntake(Inbox inbox, FactRecorder recorder, Clock clock) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** How a record was taken in. */
    public enum Taken {
        /** A new fact, projected. */
        RECORDED,
        /** The inbox had its {@code ce_id} already: nothing changed. */
        DUPLICATE,
        /** A tombstone on a compacted topic: it states no fact. */
        TOMBSTONE
    }

    /**
     * Takes one record in, blocking until its transaction commits.
     *
     * @throws com.agencyos.platform.events.PoisonEventException when the record is not an event this service can keep
     */
    public Taken take(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A tombstone on a compacted topic removes a key's state; it states no fact.
            return Taken.TOMBSTONE;
        }
        boolean fresh = inbox.process(CONSUMER, record, event -> recorder.record(Facts.from(event, clock.instant())));
        return fresh ? Taken.RECORDED : Taken.DUPLICATE;
    }
}
