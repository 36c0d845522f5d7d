package com.agencyos.tenant.suppression.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.tenant.suppression.application.SuppressionService;
import com.agencyos.tenant.suppression.application.Suppressions;
import com.agencyos.tenant.suppression.domain.InvalidSuppressionException;
import com.agencyos.tenant.suppression.domain.Suppression;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the suppression API. */
final class SuppressionViews {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private SuppressionViews() {
    }

    record AddRequest(String kind, String value, String reason) {
    }

    /** @param scope {@code tenant} or {@code platform} */
    record SuppressionView(UUID id, String scope, String kind, String value, String reason, String source,
            Instant createdAt, String createdBy) {

        static SuppressionView of(Suppression s) {
            return new SuppressionView(s.id(), s.scope().isPlatform() ? "platform" : "tenant", s.kind().name(), s.value(),
                    s.reason(), s.source().wire(), s.createdAt(), s.createdBy());
        }
    }

    /** @param nextCursor absent on the last page */
    record Page(List<SuppressionView> items, String nextCursor) {

        static Page of(List<Suppression> fetched, int limit) {
            boolean more = fetched.size() > limit;
            List<Suppression> items = more ? fetched.subList(0, limit) : fetched;
            return new Page(items.stream().map(SuppressionView::of).toList(),
                    more ? encode(items.get(items.size() - 1)) : null);
        }
    }

    record CheckResult(boolean suppressed, List<SuppressionView> matches) {
    }

    record ImportView(int accepted, int duplicates, List<SuppressionService.Rejected> rejected) {

        static ImportView of(SuppressionService.ImportResult result) {
            return new ImportView(result.accepted(), result.duplicates(), result.rejected());
        }
    }

    static ApiProblem invalid(InvalidSuppressionException e) {
        return ApiProblem.invalid("The suppression entry is not valid.", Map.of(e.field(), e.getMessage()));
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalid("The query is not valid.", Map.of("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return limit;
    }

    static String encode(Suppression last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Suppressions.Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new Suppressions.Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("The query is not valid.", Map.of("cursor", "is not a cursor this API returned"));
        }
    }
}
