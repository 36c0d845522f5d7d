package com.agencyos.tenant.member.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** A member's realm role in their tenant, strongest first. {@code platform_admin} is not a tenant role. */
public enum MemberRole {
    owner, admin, member, viewer;

    /** Parses a role a client sent; empty when it is not one of the four. */
    public static Optional<MemberRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (MemberRole role : values()) {
            if (role.name().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /**
     * The strongest tenant role among a token's roles; Keycloak adds roles of its own ({@code offline_access},
     * {@code default-roles-agency}) that are ignored.
     */
    public static Optional<MemberRole> strongestOf(Collection<String> roles) {
        for (MemberRole role : values()) {
            if (roles.contains(role.name())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public boolean managesMembers() {
        return this == owner || this == admin;
    }
}
