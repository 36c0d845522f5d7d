package com.agencyos.ingest.lead.application;

import com.agencyos.ingest.lead.domain.IntakeOutcome;
import com.agencyos.ingest.lead.domain.LeadReceipt;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.lead.domain.LeadSubmission;
import com.agencyos.ingest.lead.domain.ReceiptSummary;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

@Service
public class LeadIntakeService {

    private final LeadReceipts receipts;
    private final LeadIntakePublisher publisher;
    private final TransactionalOperator tx;
    private final Clock clock;

    public LeadIntakeService(LeadReceipts receipts, LeadIntakePublisher publisher, TransactionalOperator tx,
            Clock clock) {
        this.receipts = receipts;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Makes a valid submission durable and announced in one transaction, or recognises it as a retry. When two
     * deliveries of one submission race, the unique receipt makes the second wait for the first and then find
     * its lead.
     */
    public Mono<IntakeOutcome> receive(UUID tenantId, LeadSource source, LeadSubmission submission, byte[] rawBody,
            String authenticatedBy) {
        return Mono.defer(() -> {
            LeadReceipt receipt = LeadReceipt.accept(tenantId, source, submission, rawBody, authenticatedBy,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            return tx.transactional(receipts.insertIfNew(receipt).flatMap(fresh -> fresh
                    ? publisher.received(receipt).thenReturn(IntakeOutcome.accepted(receipt.leadId()))
                    : receipts.leadIdOf(tenantId, receipt.sourceRef()).map(IntakeOutcome::duplicateOf)));
        });
    }

    public Mono<ReceiptSummary> find(UUID tenantId, UUID leadId) {
        return receipts.find(tenantId, leadId);
    }
}
