package com.agencyos.tenant.tenancy.domain;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** The rules single tenant fields follow, shared by creation and update. */
final class TenantFields {

    static final int MAX_NAME_LENGTH = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private TenantFields() {
    }

    static String name(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add("name", "must not be blank");
            return null;
        }
        String name = value.trim().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    /** Region ids only ({@code Australia/Sydney}): a fixed offset would ignore daylight saving. */
    static ZoneId timeZone(String value, FieldErrors errors) {
        String zone = value == null ? "" : value.trim();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            errors.add("timeZone", "must be an IANA time zone such as Australia/Sydney");
            return null;
        }
        return ZoneId.of(zone);
    }

    static String country(String value, FieldErrors errors) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !COUNTRIES.contains(code)) {
            errors.add("country", "must be an ISO 3166-1 alpha-2 code such as AU");
            return null;
        }
        return code;
    }
}
