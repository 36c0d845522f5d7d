package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.lead.application.LeadIntakeService;
import com.agencyos.ingest.lead.domain.LeadSource;
import com.agencyos.ingest.tenant.application.TenantStateService;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk import for the caller's tenant (members and above): CSV with a header row, or a JSON array of lead bodies.
 * The body is read as a stream, row by row, and each row goes through the same intake as one lead (its own
 * transaction, source {@code import}, deduplicated like the rest), so a 10,000-row import never sits in memory and
 * a failed row does not undo the others. The answer counts accepted, duplicate and rejected rows and lists each row.
 * A body that cannot be an import at all (no email column, not an array, wrong media type, over the cap), or an import
 * for an inactive tenant, is refused before any row is written.
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadImportController {

    static final int MAX_ROWS = 10_000;
    /** 10,000 rows of a generous 2 KiB each. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int CONCURRENCY = 4;
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final LeadIntakeService intake;
    private final TenantStateService tenants;

    LeadImportController(LeadIntakeService intake, TenantStateService tenants) {
        this.intake = intake;
        this.tenants = tenants;
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    Mono<ImportReport> importLeads(Caller caller, ServerHttpRequest request) {
        UUID tenantId = caller.requireWriter().tenantId();
        String authenticatedBy = "user:" + caller.subject();
        if (request.getHeaders().getContentLength() > MAX_BYTES) {
            return Mono.error(tooLarge());
        }
        boolean csv = TEXT_CSV.isCompatibleWith(request.getHeaders().getContentType());
        Flux<ImportRow> rows = Flux.using(() -> new CappedInputStream(DataBufferUtils.subscriberInputStream(request.getBody(), 4)),
                input -> Flux.fromIterable(() -> rows(csv, input)), CappedInputStream::closeQuietly)
                .subscribeOn(Schedulers.boundedElastic());
        // Checked once, before the first row is handed to intake; the body is read from the start as before.
        Mono<Void> accepting = tenants.requireAcceptingLeads(tenantId).cache();
        return rows.take(MAX_ROWS + 1L)
                .flatMapSequential(row -> accepting.then(outcome(tenantId, row, authenticatedBy)), CONCURRENCY)
                .collectList()
                .map(ImportReport::of);
    }

    private static Iterator<ImportRow> rows(boolean csv, InputStream input) {
        return csv ? new CsvLeadRows(new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)))
                : new JsonLeadRows(input);
    }

    private Mono<RowResult> outcome(UUID tenantId, ImportRow row, String authenticatedBy) {
        if (row.row() > MAX_ROWS) {
            return Mono.just(RowResult.rejected(row.row(), "beyond the " + MAX_ROWS + "-row limit of one import; send the rest "
                    + "in another request", null));
        }
        if (row.unreadable() != null) {
            return Mono.just(RowResult.rejected(row.row(), row.unreadable(), null));
        }
        try {
            var submission = LeadSubmissionJson.read(row.json());
            return intake.receive(tenantId, LeadSource.IMPORT, submission, row.json(), authenticatedBy)
                    .map(outcome -> outcome.duplicate() ? new RowResult(row.row(), "duplicate", outcome.leadId(), null, null)
                            : new RowResult(row.row(), "accepted", outcome.leadId(), null, null));
        } catch (ApiProblem problem) {
            @SuppressWarnings("unchecked")
            Map<String, String> errors = (Map<String, String>) problem.properties().get("errors");
            String reason = errors == null ? problem.detail() : errors.entrySet().stream()
                    .map(error -> error.getKey() + " " + error.getValue()).collect(Collectors.joining("; "));
            return Mono.just(RowResult.rejected(row.row(), reason, errors));
        }
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "An import is at most " + MAX_BYTES / (1024 * 1024) + " MiB and " + MAX_ROWS + " rows; split the file.");
    }

    /** The status of one row: {@code accepted}, {@code duplicate} (the original lead id) or {@code rejected} with why. */
    record RowResult(int row, String status, UUID leadId, String reason, Map<String, String> errors) {

        static RowResult rejected(int row, String reason, Map<String, String> errors) {
            return new RowResult(row, "rejected", null, reason, errors);
        }
    }

    record ImportReport(int accepted, int duplicate, int rejected, List<RowResult> rows) {

        static ImportReport of(List<RowResult> rows) {
            int accepted = 0;
            int duplicate = 0;
            int rejected = 0;
            for (RowResult row : rows) {
                switch (row.status()) {
                    case "accepted" -> accepted++;
                    case "duplicate" -> duplicate++;
                    default -> rejected++;
                }
            }
            return new ImportReport(accepted, duplicate, rejected, new ArrayList<>(rows));
        }
    }

    /** Stops reading past the byte cap even when the client sent no Content-Length. */
    static final class CappedInputStream extends FilterInputStream {

        private long read;

        CappedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                // The request is over either way; nothing is left to release.
                return;
            }
        }
    }
}
