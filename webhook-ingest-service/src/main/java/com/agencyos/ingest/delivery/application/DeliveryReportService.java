package com.agencyos.ingest.delivery.application;

import com.agencyos.ingest.delivery.domain.DeliveryReport;
import com.agencyos.ingest.reply.application.TouchLookup;
import com.agencyos.ingest.reply.domain.ReplyMatch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A report is tied to the lead of the latest email touch to the address, stored and announced in one transaction. */
@Service
public class DeliveryReportService {

    private final TouchLookup touches;
    private final DeliveryReports reports;
    private final DeliveryPublisher publisher;
    private final TransactionalOperator tx;

    public DeliveryReportService(TouchLookup touches, DeliveryReports reports, DeliveryPublisher publisher,
            TransactionalOperator tx) {
        this.touches = touches;
        this.reports = reports;
        this.publisher = publisher;
        this.tx = tx;
    }

    /** True when this delivery of the report was the first. */
    public Mono<Boolean> report(DeliveryReport report, byte[] rawBody) {
        return touches.latestTo(report.tenantId(), "email", report.email()).defaultIfEmpty(ReplyMatch.NONE)
                .flatMap(match -> tx.transactional(reports.insertIfNew(report, rawBody)
                        .flatMap(fresh -> fresh ? publisher.reported(report, match).thenReturn(true) : Mono.just(false))));
    }
}
