package com.agencyos.tenant.member.adapter.web;

import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import com.agencyos.tenant.member.application.IdentityFailedException;
import com.agencyos.tenant.member.application.IdentityUnavailableException;
import com.agencyos.tenant.member.application.Invited;
import com.agencyos.tenant.member.application.MemberConflictException;
import com.agencyos.tenant.member.application.MemberService;
import com.agencyos.tenant.member.domain.InvalidMemberException;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.Member;
import com.agencyos.tenant.member.domain.MemberRole;
import com.agencyos.tenant.member.domain.MemberRuleViolation;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The members of the caller's tenant. Anyone in the tenant lists them; owners and admins change them. The caller
 * is recorded as a member on first use when the table does not know them yet (users the realm import created).
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    Flux<MemberView> list(Caller caller) {
        UUID tenantId = caller.tenantId();
        return enrol(caller).thenMany(members.list(tenantId)).map(MemberView::of);
    }

    /** The only answer that carries the initial password; it must not be cached anywhere. */
    @PostMapping
    Mono<ResponseEntity<InvitedView>> invite(Caller caller, @RequestBody InviteRequest request) {
        UUID tenantId = caller.tenantId();
        MemberRole actor = manager(caller);
        return Mono.fromCallable(() -> Invitation.of(request.email(), request.role(), request.firstName(), request.lastName()))
                .flatMap(invitation -> enrol(caller).then(members.invite(tenantId, actor, invitation)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Tenant", tenantId)))
                .map(invited -> (invited.created()
                        ? ResponseEntity.created(URI.create("/api/v1/members/" + invited.member().userId()))
                        : ResponseEntity.ok())
                        .cacheControl(CacheControl.noStore())
                        .body(InvitedView.of(invited)))
                .onErrorMap(MemberController::problem);
    }

    @PatchMapping("/{userId}")
    Mono<MemberView> changeRole(Caller caller, @PathVariable String userId, @RequestBody RoleRequest request) {
        UUID tenantId = caller.tenantId();
        MemberRole actor = manager(caller);
        return Mono.fromCallable(() -> MemberRole.parse(request.role()).orElseThrow(() -> new InvalidMemberException(
                        Map.of("role", "must be one of owner, admin, member, viewer"))))
                .flatMap(newRole -> enrol(caller).then(members.changeRole(tenantId, actor, userId, newRole)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Member", userId)))
                .map(MemberView::of)
                .onErrorMap(MemberController::problem);
    }

    @DeleteMapping("/{userId}")
    Mono<ResponseEntity<Void>> remove(Caller caller, @PathVariable String userId) {
        UUID tenantId = caller.tenantId();
        MemberRole actor = manager(caller);
        return enrol(caller).then(members.remove(tenantId, actor, userId))
                .flatMap(removed -> removed ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.<ResponseEntity<Void>>error(ApiProblem.notFound("Member", userId)))
                .onErrorMap(MemberController::problem);
    }

    /** Refuses members and viewers before looking at the request, so they learn nothing from its validation. */
    private static MemberRole manager(Caller caller) {
        caller.requireAnyRole(Caller.OWNER, Caller.ADMIN);
        return MemberRole.strongestOf(caller.roles()).orElseThrow();
    }

    private Mono<Void> enrol(Caller caller) {
        Optional<MemberRole> role = MemberRole.strongestOf(caller.roles());
        if (caller.tenant().isEmpty() || role.isEmpty()) {
            return Mono.empty();
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .mapNotNull(auth -> ((JwtAuthenticationToken) auth).getToken().getClaimAsString("email"))
                .filter(email -> !email.isBlank())
                .flatMap(email -> members.enrol(caller.tenant().get(), caller.subject(), email, role.get()));
    }

    private static Throwable problem(Throwable error) {
        return switch (error) {
            case InvalidMemberException invalid -> ApiProblem.invalid("The member request has invalid fields.", invalid.errors());
            case MemberRuleViolation violation -> violation.reason() == MemberRuleViolation.Reason.LAST_OWNER
                    ? ApiProblem.conflict("last-owner", violation.getMessage())
                    : ApiProblem.forbidden(violation.getMessage());
            case MemberConflictException conflict -> ApiProblem.conflict(conflict.slug(), conflict.getMessage());
            case IdentityUnavailableException unavailable -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                    "identity-provider-unavailable", "Service unavailable",
                    "The identity provider cannot be reached; nothing was changed. Try again shortly.");
            case IdentityFailedException failed -> new ApiProblem(HttpStatus.BAD_GATEWAY, "identity-provider-error",
                    "Bad gateway", "The identity provider refused the change; nothing was changed.");
            default -> error;
        };
    }

    record InviteRequest(String email, String role, String firstName, String lastName) {
    }

    record RoleRequest(String role) {
    }

    record MemberView(String userId, String email, String role, Instant joinedAt) {

        static MemberView of(Member member) {
            return new MemberView(member.userId(), member.email(), member.role().name(), member.joinedAt());
        }
    }

    /** {@code initialPassword} is present only when this answer set it: the member signs in with it once. */
    record InvitedView(String userId, String email, String role, Instant joinedAt, String initialPassword) {

        static InvitedView of(Invited invited) {
            Member member = invited.member();
            return new InvitedView(member.userId(), member.email(), member.role().name(), member.joinedAt(),
                    invited.initialPassword().map(p -> p.value()).orElse(null));
        }

        @Override
        public String toString() {
            return "InvitedView[userId=" + userId + ", role=" + role + ", initialPassword=<redacted>]";
        }
    }
}
