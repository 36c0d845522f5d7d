package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.application.AccountPlaybookService;
import com.agencyos.playbook.account.application.PageRequest;
import com.agencyos.playbook.account.application.PlaybookRequests;
import com.agencyos.playbook.account.domain.PlaybookExport;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
import reactor.core.publisher.Mono;

/** The caller's playbooks: every role of the tenant may read them; owners, admins and members may request and delete. */
@RestController
@RequestMapping("/api/v1/playbooks")
class PlaybookController {

    private final AccountPlaybookService playbooks;
    private final PlaybookRequests requests;

    PlaybookController(AccountPlaybookService playbooks, PlaybookRequests requests) {
        this.playbooks = playbooks;
        this.requests = requests;
    }

    /**
     * Asks for a vendor × prospect playbook: 202 with the run that writes it, or 200 with the playbook of the same
     * sites generated within 30 days (unless {@code force}) or the run already writing it.
     */
    @PostMapping
    Mono<ResponseEntity<RequestedResponse>> request(Caller caller, @RequestBody(required = false) PlaybookRequestBody body) {
        caller.requireWriter();
        UUID tenant = caller.tenantId();
        if (body == null) {
            return Mono.error(ApiProblem.invalid("The request needs a JSON body.", Map.of("prospectDomain", "is required")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ProspectDomain> prospect = ProspectDomain.parse(body.prospectDomain());
        if (prospect.isEmpty()) {
            errors.put("prospectDomain", "must be a domain such as acme.com.au");
        }
        Optional<ProspectDomain> vendor = ProspectDomain.parse(body.vendorDomain());
        if (body.vendorDomain() != null && vendor.isEmpty()) {
            errors.put("vendorDomain", "must be a domain such as acme.com.au, or left out for the tenant's own website");
        }
        if (prospect.isPresent() && vendor.isPresent() && prospect.equals(vendor)) {
            errors.put("prospectDomain", "must differ from the vendor's domain");
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblem.invalid("The playbook request is invalid.", errors));
        }
        return requests.request(tenant, vendor.orElse(null), prospect.get(), Boolean.TRUE.equals(body.force()), null)
                .onErrorMap(PlaybookRequests.VendorUnknown.class,
                        e -> ApiProblem.invalid(e.getMessage(), Map.of("vendorDomain", "is required")))
                .flatMap(requested -> {
                    RunResponse run = RunResponse.of(requested.run());
                    if (requested.started()) {
                        return Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED)
                                .body(new RequestedResponse(requested.playbookId(), false, null, run)));
                    }
                    return playbooks.find(tenant, requested.playbookId())
                            .map(details -> PlaybookResponse.of(details, run))
                            .map(playbook -> ResponseEntity.ok(new RequestedResponse(requested.playbookId(), true, playbook, run)))
                            .defaultIfEmpty(ResponseEntity.ok(new RequestedResponse(requested.playbookId(), true, null, run)));
                });
    }

    /** The caller's playbooks, most recently generated first, optionally only the one of a prospect domain. */
    @GetMapping
    Mono<PlaybookPageResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String prospectDomain) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            errors.put("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        Optional<ProspectDomain> account = ProspectDomain.parse(prospectDomain);
        if (prospectDomain != null && account.isEmpty()) {
            errors.put("prospectDomain", "must be a domain such as acme.com.au");
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblem.invalid("The paging or filter parameters are invalid.", errors));
        }
        return playbooks.page(caller.tenantId(), account, new PageRequest(page, size)).map(PlaybookPageResponse::of);
    }

    /**
     * One of the caller's playbooks with its latest run; a playbook still being written (or whose run failed)
     * answers its status and run. Another tenant's playbook, or a deleted one, is simply not found.
     */
    @GetMapping("/{id}")
    Mono<Object> get(Caller caller, @PathVariable UUID id) {
        UUID tenant = caller.tenantId();
        Mono<RunResponse> latest = requests.latestRun(tenant, id).map(RunResponse::of);
        return playbooks.find(tenant, id)
                .flatMap(details -> latest.map(run -> PlaybookResponse.of(details, run))
                        .defaultIfEmpty(PlaybookResponse.of(details, null)))
                .<Object>map(response -> response)
                .switchIfEmpty(Mono.defer(() -> requests.latestRun(tenant, id)
                        .filter(run -> !run.status().name().equals("succeeded"))
                        .map(run -> new PendingPlaybookResponse(id, run.status().name(), run.vendorDomain(),
                                run.prospectDomain(), RunResponse.of(run)))))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Playbook", id)));
    }

    /**
     * The playbook for a sequencer: {@code json} (the playbook and one row per lead), {@code csv} (our columns),
     * {@code lemlist} (CSV), {@code smartlead} (request bodies of at most 400 leads), {@code instantly} (v2 leads).
     * Any other format is 400; CSV is UTF-8 with a byte order mark and RFC 4180 quoting.
     */
    @GetMapping("/{id}/export")
    Mono<ResponseEntity<Object>> export(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "json") String format) {
        UUID tenant = caller.tenantId();
        Optional<PlaybookExport.Format> parsed = PlaybookExport.Format.parse(format);
        if (parsed.isEmpty()) {
            return Mono.error(ApiProblem.invalid("Unknown export format.",
                    Map.of("format", "must be one of json, csv, lemlist, smartlead, instantly")));
        }
        PlaybookExport.Format f = parsed.get();
        return playbooks.find(tenant, id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Playbook", id)))
                .map(details -> {
                    List<PlaybookExport.Row> rows = PlaybookExport.rows(details.playbook(), details.leads());
                    String file = "playbook-" + details.playbook().prospectDomain().value() + "-" + f.name();
                    Object body = switch (f) {
                        case csv -> PlaybookExport.csv(rows);
                        case lemlist -> PlaybookExport.lemlist(rows);
                        case smartlead -> PlaybookExport.smartlead(rows);
                        case instantly -> PlaybookExport.instantly(rows);
                        case json -> Map.of("playbook", PlaybookResponse.of(details, null), "rows", rows);
                    };
                    return ResponseEntity.ok()
                            .contentType(f.isCsv() ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + (f.isCsv() ? ".csv" : ".json") + "\"")
                            .body(body);
                });
    }

    /** Hides the playbook (soft delete): 204, or 404 when there is no such playbook of the caller's. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable UUID id) {
        caller.requireWriter();
        return requests.delete(caller.tenantId(), id).flatMap(deleted -> deleted
                ? Mono.just(ResponseEntity.noContent().<Void>build())
                : Mono.error(ApiProblem.notFound("Playbook", id)));
    }

    /** A run's status, current step, percent done, per-step timings and errors. */
    @GetMapping("/{id}/runs/{runId}")
    Mono<RunResponse> run(Caller caller, @PathVariable UUID id, @PathVariable UUID runId) {
        return requests.run(caller.tenantId(), id, runId).map(RunResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Run", runId)));
    }

    /** Starts a new run for a failed one (202); a run that has not failed is 409. */
    @PostMapping("/{id}/runs/{runId}/retry")
    Mono<ResponseEntity<RunResponse>> retry(Caller caller, @PathVariable UUID id, @PathVariable UUID runId) {
        caller.requireWriter();
        return requests.retry(caller.tenantId(), id, runId)
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(RunResponse.of(run)))
                .onErrorMap(PlaybookRequests.NotRetryable.class, e -> ApiProblem.conflict("run-not-failed", e.getMessage()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Run", runId)));
    }
}
