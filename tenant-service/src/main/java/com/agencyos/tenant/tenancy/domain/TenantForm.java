package com.agencyos.tenant.tenancy.domain;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A new tenant as a client asked for it. Only {@code name} and {@code tier} are required; the time zone defaults
 * to {@value #DEFAULT_TIME_ZONE}, the country to {@value #DEFAULT_COUNTRY}, the ICP to {@link Icp#DEFAULT}. An
 * {@code id} lets provisioning create tenants whose ids are already known (the demo tenants, the Keycloak users'
 * {@code tenant_id}).
 */
public record TenantForm(String id, String name, String tier, String timeZone, String country, IcpForm icp) {

    public static final String DEFAULT_TIME_ZONE = "Australia/Sydney";
    public static final String DEFAULT_COUNTRY = "AU";

    /** The validated tenant, or every field error at once. */
    public NewTenant validate() {
        FieldErrors errors = new FieldErrors();
        Optional<UUID> requestedId = Optional.empty();
        if (id != null && !id.isBlank()) {
            try {
                requestedId = Optional.of(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                errors.add("id", "must be a UUID");
            }
        }
        String validName = TenantFields.name(name, errors);
        Tier validTier = Tier.parse(tier).orElse(null);
        if (validTier == null) {
            errors.add("tier", "must be one of ignition, velocity, dominance");
        }
        ZoneId zone = TenantFields.timeZone(timeZone == null ? DEFAULT_TIME_ZONE : timeZone, errors);
        String validCountry = TenantFields.country(country == null ? DEFAULT_COUNTRY : country, errors);
        Icp validIcp = icp == null ? Icp.DEFAULT : icp.mergeInto(Icp.DEFAULT, errors);
        errors.throwIfAny();
        return new NewTenant(requestedId, validName, validTier, zone, validCountry, validIcp);
    }

    /** A tenant that passed validation; {@code id} is empty when the service should mint one. */
    public record NewTenant(Optional<UUID> id, String name, Tier tier, ZoneId timeZone, String country, Icp icp) {
    }
}
