package com.agencyos.ingest.delivery.application;

import com.agencyos.ingest.delivery.domain.DeliveryReport;
import reactor.core.publisher.Mono;

/** Reports already handled, unique per tenant and provider ref. */
public interface DeliveryReports {

    /** False, changing nothing, when the tenant already holds a report with this provider ref. */
    Mono<Boolean> insertIfNew(DeliveryReport report, byte[] rawBody);
}
