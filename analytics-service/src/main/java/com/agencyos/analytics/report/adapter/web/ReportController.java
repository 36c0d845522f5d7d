package com.agencyos.analytics.report.adapter.web;

import com.agencyos.analytics.report.application.Reports;
import com.agencyos.analytics.report.domain.InvalidReportRequest;
import com.agencyos.analytics.report.domain.ReportScope;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/analytics/reports/{name}}: the caller's tenant's reports, or the platform's totals for a
 * platform administrator. {@code format=csv} exports the same report as CSV.
 */
@RestController
class ReportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Reports reports;
    private final Clock clock;

    ReportController(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/analytics/reports/{name}")
    Mono<ResponseEntity<Object>> report(Caller caller, @PathVariable String name,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String campaign,
            @RequestParam(required = false) String format) {
        UUID tenant = scopeOf(caller);
        if (!Reports.NAMES.contains(name)) {
            throw ApiProblem.notFound("Report", name);
        }
        boolean csv = "csv".equals(format);
        ReportScope scope;
        try {
            if (format != null && !csv && !"json".equals(format)) {
                throw new InvalidReportRequest(Map.of("format", "must be json or csv"));
            }
            scope = ReportScope.parse(tenant, from, to, campaign, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (InvalidReportRequest e) {
            throw ApiProblem.invalid("The report request has invalid parameters.", e.errors());
        }
        return reports.render(name, scope).map(rendered -> csv
                ? ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + scope.from()
                                + "-" + scope.to() + ".csv\"")
                        .body((Object) rendered.table().csv())
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rendered.report()));
    }

    /** The tenant whose data the caller may see; null means every tenant, for a platform administrator only. */
    static UUID scopeOf(Caller caller) {
        if (caller.isPlatformAdmin() && caller.tenant().isEmpty()) {
            return null;
        }
        return caller.requireAnyRole(Caller.OWNER, Caller.ADMIN, Caller.MEMBER, Caller.VIEWER).tenantId();
    }
}
