package com.agencyos.tenant.tenancy.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.tenant.tenancy.adapter.web.TenantRequests.AdministerTenant;
import com.agencyos.tenant.tenancy.adapter.web.TenantRequests.CreateTenant;
import com.agencyos.tenant.tenancy.adapter.web.TenantRequests.UpdateTenant;
import com.agencyos.tenant.tenancy.adapter.web.TenantViews.TenantView;
import com.agencyos.tenant.tenancy.adapter.web.TenantViews.UsageView;
import com.agencyos.tenant.tenancy.application.TenantAlreadyExistsException;
import com.agencyos.tenant.tenancy.application.TenantService;
import com.agencyos.tenant.tenancy.application.UsageService;
import com.agencyos.tenant.tenancy.domain.IllegalStatusChangeException;
import com.agencyos.tenant.tenancy.domain.InvalidTenantException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/tenants")
class TenantController {

    private final TenantService tenants;
    private final UsageService usage;

    TenantController(TenantService tenants, UsageService usage) {
        this.tenants = tenants;
        this.usage = usage;
    }

    /** Provisions a tenant (platform administrators only); an {@code id} already taken is a conflict. */
    @PostMapping
    Mono<ResponseEntity<TenantView>> create(Caller caller, @RequestBody Mono<CreateTenant> body) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return body.map(request -> request.toForm().validate())
                .flatMap(tenants::create)
                .map(t -> ResponseEntity.created(URI.create("/api/v1/tenants/" + t.id())).body(TenantView.of(t)))
                .onErrorMap(TenantController::problem);
    }

    @GetMapping("/me")
    Mono<TenantView> mine(Caller caller) {
        UUID tenantId = caller.tenantId();
        return tenants.find(tenantId).filter(t -> !t.deleted()).map(TenantView::of).switchIfEmpty(notFound(tenantId));
    }

    /** Billing's changes of tier and status (platform administrators only); a move billing cannot make is 409. */
    @PatchMapping("/{id}")
    Mono<TenantView> administer(Caller caller, @PathVariable UUID id, @RequestBody Mono<AdministerTenant> body) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return body.flatMap(request -> tenants.administer(id, request.tier(), request.status()))
                .map(TenantView::of)
                .switchIfEmpty(notFound(id))
                .onErrorMap(TenantController::problem);
    }

    /** Soft delete (platform administrators only): the data stays, and tenant.changed tells every service. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable UUID id) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        return tenants.delete(id).map(t -> ResponseEntity.noContent().<Void>build()).switchIfEmpty(notFound(id));
    }

    /** Owners and admins change their own tenant; the tier and status are not theirs to change. */
    @PatchMapping("/me")
    Mono<TenantView> update(Caller caller, @RequestBody Mono<UpdateTenant> body) {
        caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
        UUID tenantId = caller.tenantId();
        return body.flatMap(request -> tenants.update(tenantId, request.toPatch()))
                .map(TenantView::of)
                .switchIfEmpty(notFound(tenantId))
                .onErrorMap(TenantController::problem);
    }

    /** Platform administrators read any tenant; everybody else only their own, and any other is not found. */
    @GetMapping("/{id}")
    Mono<TenantView> get(Caller caller, @PathVariable UUID id) {
        boolean visible = caller.isPlatformAdmin() || caller.tenant().equals(Optional.of(id));
        return visible ? tenants.find(id).filter(t -> caller.isPlatformAdmin() || !t.deleted()).map(TenantView::of)
                .switchIfEmpty(notFound(id)) : notFound(id);
    }

    @GetMapping("/me/usage")
    Mono<UsageView> usage(Caller caller) {
        UUID tenantId = caller.tenantId();
        return usage.currentUsage(tenantId).map(UsageView::of).switchIfEmpty(notFound(tenantId));
    }

    private static <T> Mono<T> notFound(UUID id) {
        return Mono.error(() -> ApiProblem.notFound("Tenant", id));
    }

    private static Throwable problem(Throwable error) {
        if (error instanceof InvalidTenantException invalid) {
            return ApiProblem.invalid("The tenant has invalid fields.", invalid.fieldErrors());
        }
        if (error instanceof IllegalStatusChangeException change) {
            return ApiProblem.conflict("invalid-status-change", change.getMessage());
        }
        if (error instanceof TenantAlreadyExistsException exists) {
            return ApiProblem.conflict("tenant-exists", "Tenant " + exists.tenantId() + " already exists.");
        }
        return error;
    }
}
