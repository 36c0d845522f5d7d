package com.agencyos.ingest.reply.adapter.web;

import com.agencyos.ingest.reply.application.Replies;
import com.agencyos.ingest.reply.application.ReplyClassificationService;
import com.agencyos.ingest.reply.application.ReplyIntakeService;
import com.agencyos.ingest.reply.domain.Classification;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * The tenant's replies, and classification on demand (for integrators and for checking the classifier), which
 * stores and publishes nothing.
 */
@RestController
@RequestMapping("/api/v1/replies")
class ReplyApiController {

    /** Far beyond any reply a person writes; the classifier's cost grows with the text. */
    static final int MAX_TEXT_LENGTH = 100_000;

    static final int MAX_LIMIT = 500;

    private final ReplyClassificationService classification;
    private final ReplyIntakeService replies;

    ReplyApiController(ReplyClassificationService classification, ReplyIntakeService replies) {
        this.classification = classification;
        this.replies = replies;
    }

    /** Newest first; {@code matched=false} lists the replies no touch claimed, for a person to review. */
    @GetMapping
    Flux<Replies.StoredReply> list(Caller caller, @RequestParam(required = false) Boolean matched,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Flux.error(ApiProblem.invalid("The limit is out of range.", Map.of("limit", "must be 1 to " + MAX_LIMIT)));
        }
        return replies.list(caller.tenantId(), matched, limit);
    }

    @PostMapping(path = "/classify", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ClassifyResponse> classify(Caller caller, @RequestBody JsonNode body) {
        caller.tenantId();
        JsonNode text = body.isObject() ? body.get("text") : null;
        if (text == null || !text.isString() || text.asString().isBlank()) {
            return Mono.error(ApiProblem.invalid("Nothing to classify.", Map.of("text", "is required")));
        }
        if (text.asString().length() > MAX_TEXT_LENGTH) {
            return Mono.error(ApiProblem.invalid("The text is too long to classify.",
                    Map.of("text", "must be at most " + MAX_TEXT_LENGTH + " characters")));
        }
        return Mono.fromCallable(() -> ClassifyResponse.of(classification.classify(text.asString())))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The verdict; {@code text} is what was classified, the reply without quoted history and signature. */
    record ClassifyResponse(String intent, double confidence, LocalDate returnDate, String classifier, String text) {

        static ClassifyResponse of(Classification verdict) {
            return new ClassifyResponse(verdict.intent().wireName(), verdict.confidence(), verdict.returnDate(),
                    verdict.classifier(), verdict.strippedText());
        }
    }
}
