package com.agencyos.outreach.channel.domain;

/** A postal address as letter providers take it; {@code line2} and {@code state} may be null. */
public record PostalAddress(String name, String line1, String line2, String city, String state, String postalCode, String country) {

    public PostalAddress {
        require(name, "name");
        require(line1, "line1");
        require(city, "city");
        require(postalCode, "postalCode");
        require(country, "country");
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("postal address needs " + field);
        }
    }
}
