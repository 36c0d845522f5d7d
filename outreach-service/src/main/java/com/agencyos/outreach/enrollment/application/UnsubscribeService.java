package com.agencyos.outreach.enrollment.application;

import com.agencyos.outreach.config.OutreachProperties;
import com.agencyos.outreach.enrollment.domain.UnsubscribeToken;
import com.agencyos.outreach.enrollment.domain.UnsubscribeToken.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Unsubscribe links. One click stops the lead's enrolments and, in the same transaction, puts a
 * {@code contact.unsubscribed} in the outbox: tenant-service suppresses the address from it. A second click stops
 * nothing more and publishes nothing more.
 */
@Service
public class UnsubscribeService {

    static final String SOURCE = "unsubscribe_link";

    private final UnsubscribeToken tokens;
    private final Unsubscribes unsubscribes;
    private final UnsubscribePublisher publisher;
    private final EnrollmentService enrollments;
    private final TransactionalOperator tx;
    private final OutreachProperties properties;
    private final Clock clock;

    public UnsubscribeService(UnsubscribeToken tokens, Unsubscribes unsubscribes, UnsubscribePublisher publisher,
            EnrollmentService enrollments, TransactionalOperator tx, OutreachProperties properties, Clock clock) {
        this.tokens = tokens;
        this.unsubscribes = unsubscribes;
        this.publisher = publisher;
        this.enrollments = enrollments;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** The public link that unsubscribes this recipient. */
    public String linkFor(UUID tenantId, UUID leadId, String email) {
        return properties.publicBaseUrl().replaceAll("/+$", "") + "/u/" + tokens.mint(new Recipient(tenantId, leadId, email));
    }

    public Optional<Recipient> recipient(String token) {
        return tokens.verify(token);
    }

    public Mono<Void> unsubscribe(Recipient recipient) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return tx.transactional(enrollments.onDeliveryStop(recipient.tenantId(), recipient.leadId(), null, "Unsubscribed (" + SOURCE + ")")
                .then(unsubscribes.record(recipient, now))
                .flatMap(first -> first ? publisher.unsubscribed(recipient, now) : Mono.<Void>empty()));
    }
}
