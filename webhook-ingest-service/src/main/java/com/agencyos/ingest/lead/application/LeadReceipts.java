package com.agencyos.ingest.lead.application;

import com.agencyos.ingest.lead.domain.LeadReceipt;
import com.agencyos.ingest.lead.domain.ReceiptSummary;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The raw receipts, unique per tenant and source ref. */
public interface LeadReceipts {

    /** False, changing nothing, when the tenant already has a receipt with this source ref. */
    Mono<Boolean> insertIfNew(LeadReceipt receipt);

    Mono<UUID> leadIdOf(UUID tenantId, String sourceRef);

    Mono<ReceiptSummary> find(UUID tenantId, UUID leadId);
}
