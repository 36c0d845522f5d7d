package com.agencyos.tenant.suppression.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.tenant.suppression.adapter.web.SuppressionViews.AddRequest;
import com.agencyos.tenant.suppression.adapter.web.SuppressionViews.CheckResult;
import com.agencyos.tenant.suppression.adapter.web.SuppressionViews.ImportView;
import com.agencyos.tenant.suppression.adapter.web.SuppressionViews.Page;
import com.agencyos.tenant.suppression.adapter.web.SuppressionViews.SuppressionView;
import com.agencyos.tenant.suppression.application.SuppressionService;
import com.agencyos.tenant.suppression.domain.InvalidSuppressionException;
import com.agencyos.tenant.suppression.domain.SuppressionCsv;
import com.agencyos.tenant.suppression.domain.SuppressionKind;
import com.agencyos.tenant.suppression.domain.SuppressionScope;
import com.agencyos.tenant.suppression.domain.SuppressionSource;
import com.agencyos.tenant.suppression.domain.SuppressionValues;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The caller's tenant list, and the platform-wide list under {@code /global}, which only platform administrators
 * change but every caller may read.
 */
@RestController
@RequestMapping("/api/v1/suppressions")
class SuppressionController {

    static final String TEXT_CSV = "text/csv";
    // 10,000 rows of kind, an address of at most 254 characters and a reason of at most 500, with room for quoting.
    private static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private final SuppressionService suppressions;

    SuppressionController(SuppressionService suppressions) {
        this.suppressions = suppressions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<SuppressionView>> add(Caller caller, @RequestBody AddRequest request) {
        return add(SuppressionScope.tenant(caller.requireWriter().tenantId()), caller, request, "/api/v1/suppressions/");
    }

    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> remove(Caller caller, @PathVariable UUID id) {
        return remove(SuppressionScope.tenant(caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId()), id);
    }

    @GetMapping
    Mono<Page> list(Caller caller, @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return page(SuppressionScope.tenant(caller.tenantId()), kind, q, cursor, limit);
    }

    /** Whether an address may be contacted: the address itself and its domains, on the tenant's and the platform list. */
    @GetMapping("/check")
    Mono<CheckResult> check(Caller caller, @RequestParam(required = false) String email) {
        UUID tenantId = caller.tenantId();
        String normalised;
        try {
            normalised = SuppressionValues.email(email == null ? "" : email);
        } catch (InvalidSuppressionException e) {
            throw ApiProblem.invalid("The query is not valid.", Map.of("email", e.getMessage()));
        }
        return suppressions.check(tenantId, normalised)
                .map(matches -> new CheckResult(!matches.isEmpty(), matches.stream().map(SuppressionView::of).toList()));
    }

    @PostMapping(path = "/import", consumes = TEXT_CSV)
    Mono<ImportView> importCsv(Caller caller, @RequestBody(required = false) Flux<DataBuffer> body) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        return DataBufferUtils.join(body == null ? Flux.empty() : body, MAX_IMPORT_BYTES)
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .defaultIfEmpty("")
                .map(SuppressionController::rows)
                .flatMap(rows -> suppressions.importRows(tenantId, rows, caller.subject()))
                .map(ImportView::of);
    }

    @PostMapping(path = "/global", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<SuppressionView>> addGlobal(Caller caller, @RequestBody AddRequest request) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return add(SuppressionScope.platform(), caller, request, "/api/v1/suppressions/global/");
    }

    @DeleteMapping("/global/{id}")
    Mono<ResponseEntity<Void>> removeGlobal(Caller caller, @PathVariable UUID id) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return remove(SuppressionScope.platform(), id);
    }

    @GetMapping("/global")
    Mono<Page> listGlobal(@SuppressWarnings("unused") Caller caller, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return page(SuppressionScope.platform(), kind, q, cursor, limit);
    }

    private Mono<ResponseEntity<SuppressionView>> add(SuppressionScope scope, Caller caller, AddRequest request,
            String location) {
        SuppressionKind kind;
        String value;
        String reason;
        try {
            kind = SuppressionKind.parse(request.kind());
            value = SuppressionValues.normalise(kind, request.value());
            reason = SuppressionValues.reason(request.reason(), SuppressionSource.MANUAL);
        } catch (InvalidSuppressionException e) {
            throw SuppressionViews.invalid(e);
        }
        return suppressions.add(scope, kind, value, reason, SuppressionSource.MANUAL, caller.subject())
                .map(added -> added.created()
                        ? ResponseEntity.created(URI.create(location + added.suppression().id()))
                                .body(SuppressionView.of(added.suppression()))
                        : ResponseEntity.ok(SuppressionView.of(added.suppression())));
    }

    private Mono<ResponseEntity<Void>> remove(SuppressionScope scope, UUID id) {
        return suppressions.remove(scope, id)
                .map(removed -> ResponseEntity.noContent().<Void>build())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Suppression", id)));
    }

    private Mono<Page> page(SuppressionScope scope, String kind, String q, String cursor, Integer limit) {
        SuppressionKind parsedKind;
        try {
            parsedKind = kind == null || kind.isBlank() ? null : SuppressionKind.parse(kind);
        } catch (InvalidSuppressionException e) {
            throw SuppressionViews.invalid(e);
        }
        int size = SuppressionViews.limit(limit);
        String contains = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        return suppressions.page(scope, parsedKind, contains, SuppressionViews.decode(cursor), size + 1)
                .collectList().map(fetched -> Page.of(fetched, size));
    }

    private static List<SuppressionCsv.Row> rows(String text) {
        try {
            return SuppressionCsv.parse(text);
        } catch (SuppressionCsv.MalformedCsvException e) {
            throw ApiProblem.badRequest("malformed-csv", e.getMessage());
        } catch (SuppressionCsv.TooManyRowsException e) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "too-many-rows", "Too many rows", e.getMessage());
        }
    }
}
