package com.agencyos.ingest.reply.application;

import com.agencyos.ingest.reply.domain.Classification;
import com.agencyos.ingest.reply.domain.InboundReply;
import com.agencyos.ingest.reply.domain.OptOut;
import com.agencyos.ingest.reply.domain.Reply;
import com.agencyos.ingest.reply.domain.ReplyMatch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A reply is matched to the touch it answers, classified, stored and announced in one transaction, then
 * acknowledged. Matching tries the strongest evidence first: a Message-ID the reply threads on, then the touch id
 * in the reply-to address's mailbox hash, then the latest touch to the sender. Unmatched replies are stored too,
 * for a person to review.
 */
@Service
public class ReplyIntakeService {

    private final TouchLookup touches;
    private final Replies replies;
    private final ReplyPublisher publisher;
    private final ReplyClassificationService classification;
    private final TransactionalOperator tx;

    public ReplyIntakeService(TouchLookup touches, Replies replies, ReplyPublisher publisher,
            ReplyClassificationService classification, TransactionalOperator tx) {
        this.touches = touches;
        this.replies = replies;
        this.publisher = publisher;
        this.classification = classification;
        this.tx = tx;
    }

    /** The outcome: the reply's id, and whether this delivery was the first. */
    public record Received(UUID replyId, boolean fresh, boolean matched) {
    }

    public Mono<Received> receive(InboundReply inbound, byte[] rawBody) {
        // A configured LLM classifier blocks on HTTP, so classification runs off the event loop.
        Mono<Classification> verdict = Mono.fromCallable(() -> OptOut.isKeyword(inbound.text()) ? OptOut.classification(inbound.text())
                : classification.classify(inbound.text(), LocalDate.ofInstant(inbound.receivedAt(), ZoneOffset.UTC)))
                .subscribeOn(Schedulers.boundedElastic());
        return Mono.zip(match(inbound).defaultIfEmpty(ReplyMatch.NONE), verdict).flatMap(matchAndVerdict -> {
            ReplyMatch match = matchAndVerdict.getT1();
            Reply reply = Reply.of(inbound, match, matchAndVerdict.getT2());
            return tx.transactional(replies.insertIfNew(reply, rawBody).flatMap(fresh -> {
                if (!fresh) {
                    return replies.replyIdOf(inbound.tenantId(), inbound.channel(), inbound.providerRef())
                            .map(id -> new Received(id, false, match.matched()));
                }
                Mono<Void> announced = publisher.classified(reply);
                if (reply.asksToUnsubscribe()) {
                    announced = announced.then(publisher.unsubscribed(reply));
                }
                return announced.thenReturn(new Received(reply.replyId(), true, match.matched()));
            }));
        });
    }

    public Flux<Replies.StoredReply> list(UUID tenantId, Boolean matched, int limit) {
        return replies.list(tenantId, matched, limit);
    }

    private Mono<ReplyMatch> match(InboundReply inbound) {
        UUID tenant = inbound.tenantId();
        Mono<ReplyMatch> byThread = inbound.referencedMessageIds().isEmpty() ? Mono.empty()
                : touches.byMessageId(tenant, inbound.referencedMessageIds());
        Mono<ReplyMatch> byHash = Mono.defer(() -> {
            UUID touchId = touchId(inbound.mailboxHash());
            return touchId == null ? Mono.empty() : touches.byTouchId(tenant, touchId);
        });
        Mono<ReplyMatch> bySender = Mono.defer(() -> inbound.sender() == null || inbound.sender().isBlank() ? Mono.empty()
                : touches.latestTo(tenant, inbound.channel(), inbound.sender().strip()));
        return byThread.switchIfEmpty(byHash).switchIfEmpty(bySender);
    }

    private static UUID touchId(String mailboxHash) {
        if (mailboxHash == null || mailboxHash.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(mailboxHash.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
