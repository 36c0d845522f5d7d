package com.agencyos.tenant.tenancy.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer organisation of Agency OS. Every change yields a new value with {@code version} one higher, which
 * is what {@code tenant.changed} consumers use to ignore stale records.
 *
 * @param timeZone the tenant's IANA zone; its calendar months bound the lead pool
 * @param country ISO 3166-1 alpha-2, the default region for phone numbers
 */
public record Tenant(UUID id, String name, TenantStatus status, Tier tier, ZoneId timeZone, String country,
        PermissionMode defaultPermissionMode, Icp icp, boolean dataSharingConsent, boolean deleted, long version,
        Instant createdAt, Instant updatedAt) {

    public static final PermissionMode DEFAULT_PERMISSION_MODE = PermissionMode.co_pilot;

    /** A new tenant: trialing, version 1, no data shared until the tenant agrees. */
    public static Tenant open(UUID id, TenantForm.NewTenant draft, Instant now) {
        return new Tenant(id, draft.name(), TenantStatus.trialing, draft.tier(), draft.timeZone(), draft.country(),
                DEFAULT_PERMISSION_MODE, draft.icp(), false, false, 1, now, now);
    }

    public Quotas quotas() {
        return tier.quotas();
    }

    /**
     * Applies an owner's changes.
     *
     * @return the changed tenant, or empty when the patch changes nothing (no new version, no event)
     * @throws InvalidTenantException with every offending field
     */
    public Optional<Tenant> apply(TenantPatch patch, Instant now) {
        FieldErrors errors = new FieldErrors();
        String newName = patch.name() == null ? name : TenantFields.name(patch.name(), errors);
        ZoneId newZone = patch.timeZone() == null ? timeZone : TenantFields.timeZone(patch.timeZone(), errors);
        PermissionMode newMode = defaultPermissionMode;
        if (patch.defaultPermissionMode() != null) {
            newMode = PermissionMode.parse(patch.defaultPermissionMode()).orElse(null);
            if (newMode == null) {
                errors.add("defaultPermissionMode", "must be one of autopilot, co_pilot, manual");
            }
        }
        Icp newIcp = patch.icp() == null ? icp : patch.icp().mergeInto(icp, errors);
        errors.throwIfAny();
        boolean consent = patch.dataSharingConsent() == null ? dataSharingConsent : patch.dataSharingConsent();
        Tenant changed = new Tenant(id, newName, status, tier, newZone, country, newMode, newIcp, consent,
                deleted, version, createdAt, updatedAt);
        return changed.equals(this) ? Optional.empty() : Optional.of(changed.touched(now));
    }

    /**
     * A platform administrator's change of tier or billing status (null leaves it).
     *
     * @return the changed tenant, or empty when nothing changes
     * @throws InvalidTenantException for an unknown tier or status
     * @throws IllegalStatusChangeException when billing cannot move from the current status to the one asked for
     */
    public Optional<Tenant> administer(String newTier, String newStatus, Instant now) {
        FieldErrors errors = new FieldErrors();
        Tier tierAfter = tier;
        if (newTier != null) {
            tierAfter = Tier.parse(newTier).orElse(null);
            if (tierAfter == null) {
                errors.add("tier", "must be one of ignition, velocity, dominance");
            }
        }
        TenantStatus statusAfter = status;
        if (newStatus != null) {
            statusAfter = TenantStatus.parse(newStatus).orElse(null);
            if (statusAfter == null) {
                errors.add("status", "must be one of trialing, active, past_due, cancelled, paused");
            }
        }
        errors.throwIfAny();
        if (statusAfter != status && !status.next().contains(statusAfter)) {
            throw new IllegalStatusChangeException(status, statusAfter);
        }
        Tenant changed = new Tenant(id, name, statusAfter, tierAfter, timeZone, country, defaultPermissionMode, icp,
                dataSharingConsent, deleted, version, createdAt, updatedAt);
        return changed.equals(this) ? Optional.empty() : Optional.of(changed.touched(now));
    }

    /** The tenant marked deleted (its data stays, every service stops working for it); empty if it already is. */
    public Optional<Tenant> softDeleted(Instant now) {
        if (deleted) {
            return Optional.empty();
        }
        return Optional.of(new Tenant(id, name, status, tier, timeZone, country, defaultPermissionMode, icp,
                dataSharingConsent, true, version, createdAt, updatedAt).touched(now));
    }

    /** The same tenant at the next version, for a change of state derived from it (its lead pool usage). */
    public Tenant touched(Instant now) {
        return new Tenant(id, name, status, tier, timeZone, country, defaultPermissionMode, icp, dataSharingConsent,
                deleted, version + 1, createdAt, now);
    }
}
