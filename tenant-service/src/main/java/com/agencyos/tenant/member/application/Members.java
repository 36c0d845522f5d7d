package com.agencyos.tenant.member.application;

import com.agencyos.tenant.member.domain.Member;
import com.agencyos.tenant.member.domain.MemberRole;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tenant's own view of its members. */
public interface Members {

    /**
     * Serialises member changes of one tenant until the transaction ends, so two concurrent changes cannot both
     * see a second owner and leave none.
     *
     * @return false when there is no such tenant
     */
    Mono<Boolean> lockTenant(UUID tenantId);

    Mono<Boolean> tenantExists(UUID tenantId);

    Mono<Member> find(UUID tenantId, String userId);

    Mono<Member> findByEmail(UUID tenantId, String email);

    /** Oldest first. */
    Flux<Member> list(UUID tenantId);

    Mono<Long> countOwners(UUID tenantId);

    /** Adds the member; one already recorded (same user or same email in the tenant) is left as it is. */
    Mono<Void> insert(Member member);

    Mono<Void> updateRole(UUID tenantId, String userId, MemberRole role);

    Mono<Void> delete(UUID tenantId, String userId);
}
