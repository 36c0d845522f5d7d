package com.agencyos.playbook.batch.adapter.web;

import com.agencyos.playbook.account.application.PlaybookRequests;
import com.agencyos.playbook.account.domain.PlaybookExport;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.playbook.batch.application.PlaybookBatches;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Batches of up to 100 prospects against one vendor: start (owner, admin, member), progress and bulk export (any role). */
@RestController
@RequestMapping("/api/v1/playbook-batches")
class BatchController {

    private final PlaybookBatches batches;

    BatchController(PlaybookBatches batches) {
        this.batches = batches;
    }

    /** {@code vendorDomain} defaults to the tenant's website; duplicate prospects are requested once. */
    record BatchRequest(String vendorDomain, List<String> prospectDomains, Boolean force) {
    }

    /** 202 with the batch's progress; 400 for no prospects, more than 100, or any prospect that is not a domain. */
    @PostMapping
    Mono<ResponseEntity<PlaybookBatches.Progress>> start(Caller caller, @RequestBody(required = false) BatchRequest body) {
        caller.requireWriter();
        UUID tenant = caller.tenantId();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> raw = body == null || body.prospectDomains() == null ? List.of() : body.prospectDomains();
        if (raw.isEmpty()) {
            errors.put("prospectDomains", "must name at least one domain");
        } else if (raw.size() > PlaybookBatches.MAX_PROSPECTS) {
            errors.put("prospectDomains", "must name at most " + PlaybookBatches.MAX_PROSPECTS + " domains, not " + raw.size());
        }
        Set<ProspectDomain> prospects = new LinkedHashSet<>();
        for (int i = 0; i < raw.size() && errors.isEmpty(); i++) {
            Optional<ProspectDomain> domain = ProspectDomain.parse(raw.get(i));
            if (domain.isEmpty()) {
                errors.put("prospectDomains[" + i + "]", "must be a domain such as acme.com.au");
            } else {
                prospects.add(domain.get());
            }
        }
        Optional<ProspectDomain> vendor = ProspectDomain.parse(body == null ? null : body.vendorDomain());
        if (body != null && body.vendorDomain() != null && vendor.isEmpty()) {
            errors.put("vendorDomain", "must be a domain such as acme.com.au, or left out for the tenant's own website");
        }
        if (vendor.isPresent() && prospects.contains(vendor.get())) {
            errors.put("prospectDomains", "must not contain the vendor's own domain");
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblem.invalid("The batch request is invalid.", errors));
        }
        return batches.start(tenant, vendor.orElse(null), new ArrayList<>(prospects), Boolean.TRUE.equals(body.force()))
                .onErrorMap(PlaybookRequests.VendorUnknown.class,
                        e -> ApiProblem.invalid(e.getMessage(), Map.of("vendorDomain", "is required")))
                .flatMap(id -> batches.progress(tenant, id))
                .map(progress -> ResponseEntity.status(HttpStatus.ACCEPTED).body(progress));
    }

    /** Counts by status, overall percent done, and each prospect's playbook, status and error. */
    @GetMapping("/{id}")
    Mono<PlaybookBatches.Progress> progress(Caller caller, @PathVariable UUID id) {
        return batches.progress(caller.tenantId(), id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Batch", id)));
    }

    /** The rows of every ready playbook of the batch, in one file; formats as for a single playbook's export. */
    @GetMapping("/{id}/export")
    Mono<ResponseEntity<Object>> export(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        UUID tenant = caller.tenantId();
        Optional<PlaybookExport.Format> parsed = PlaybookExport.Format.parse(format);
        if (parsed.isEmpty()) {
            return Mono.error(ApiProblem.invalid("Unknown export format.",
                    Map.of("format", "must be one of json, csv, lemlist, smartlead, instantly")));
        }
        PlaybookExport.Format f = parsed.get();
        return batches.progress(tenant, id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Batch", id)))
                .then(batches.ready(tenant, id))
                .map(ready -> {
                    List<PlaybookExport.Row> rows = new ArrayList<>();
                    ready.forEach(details -> rows.addAll(PlaybookExport.rows(details.playbook(), details.leads())));
                    Object body = switch (f) {
                        case csv -> PlaybookExport.csv(rows);
                        case lemlist -> PlaybookExport.lemlist(rows);
                        case smartlead -> PlaybookExport.smartlead(rows);
                        case instantly -> PlaybookExport.instantly(rows);
                        case json -> Map.of("batchId", id, "rows", rows);
                    };
                    return ResponseEntity.ok()
                            .contentType(f.isCsv() ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"batch-" + id + "-" + f.name()
                                    + (f.isCsv() ? ".csv" : ".json") + "\"")
                            .body(body);
                });
    }
}
