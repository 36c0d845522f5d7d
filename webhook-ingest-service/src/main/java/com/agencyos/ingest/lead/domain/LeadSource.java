package com.agencyos.ingest.lead.domain;

/** How a lead arrived, as named in {@code form.received}. */
public enum LeadSource {
    HUBSPOT("hubspot"), WEBHOOK("webhook"), API("api"), IMPORT("import");

    private final String wireName;

    LeadSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static LeadSource fromWireName(String name) {
        for (LeadSource source : values()) {
            if (source.wireName.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("Unknown lead source " + name);
    }
}
