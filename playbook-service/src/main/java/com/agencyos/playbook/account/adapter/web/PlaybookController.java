package com.agencyos.playbook.account.adapter.web;

import com.agencyos.playbook.account.application.AccountPlaybookService;
import com.agencyos.playbook.account.application.PageRequest;
import com.agencyos.playbook.account.domain.ProspectDomain;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Read access to the caller's playbooks; every role of the tenant may read them. */
@RestController
@RequestMapping("/api/v1/playbooks")
class PlaybookController {

    private final AccountPlaybookService playbooks;

    PlaybookController(AccountPlaybookService playbooks) {
        this.playbooks = playbooks;
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

    /** One of the caller's playbooks; another tenant's playbook is simply not found. */
    @GetMapping("/{id}")
    Mono<PlaybookResponse> get(Caller caller, @PathVariable UUID id) {
        return playbooks.find(caller.tenantId(), id).map(PlaybookResponse::of)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Playbook", id)));
    }
}
