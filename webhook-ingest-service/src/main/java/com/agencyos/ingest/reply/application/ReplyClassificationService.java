package com.agencyos.ingest.reply.application;

import com.agencyos.ingest.reply.domain.Classification;
import com.agencyos.ingest.reply.domain.ReplyClassifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;

/** Classifies reply text against today's date (UTC), which relative return dates ("back Monday") resolve from. */
@Service
public class ReplyClassificationService {

    private final ReplyClassifier classifier;
    private final Clock clock;

    public ReplyClassificationService(ReplyClassifier classifier, Clock clock) {
        this.classifier = classifier;
        this.clock = clock;
    }

    public Classification classify(String rawText) {
        return classify(rawText, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public Classification classify(String rawText, LocalDate receivedOn) {
        return classifier.classify(rawText, receivedOn);
    }
}
