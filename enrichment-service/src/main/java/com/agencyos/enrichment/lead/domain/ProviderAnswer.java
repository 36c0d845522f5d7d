package com.agencyos.enrichment.lead.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What one source said about a lead: each field it knew, with its confidence, all fetched at the same moment. */
public record ProviderAnswer(String provider, Instant fetchedAt, Map<Field, Sourced> values) {

    public ProviderAnswer {
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(values));
    }

    public static Builder from(String provider, Instant fetchedAt) {
        return new Builder(provider, fetchedAt);
    }

    /** True when the answer carries a value beyond whether the website answered. */
    public boolean hasData() {
        return values.keySet().stream().anyMatch(field -> field != Field.WEBSITE_REACHABLE);
    }

    /** The same answer as the cache gives it back: same values and time, provider still named. */
    public ProviderAnswer withProvider(String name) {
        Builder builder = from(name, fetchedAt);
        values.forEach((field, sourced) -> builder.put(field, sourced.value(), sourced.confidence()));
        return builder.build();
    }

    public static final class Builder {

        private final String provider;
        private final Instant fetchedAt;
        private final Map<Field, Sourced> values = new EnumMap<>(Field.class);

        private Builder(String provider, Instant fetchedAt) {
            this.provider = provider;
            // the database keeps microseconds: a cached answer must report the same time as the original
            this.fetchedAt = fetchedAt.truncatedTo(ChronoUnit.MICROS);
        }

        /** Adds a field when the value is usable; a blank or unparseable one is left out. */
        public Builder put(Field field, Object raw, double confidence) {
            Object value = field.coerce(raw);
            if (value != null) {
                values.put(field, new Sourced(value, provider, confidence, fetchedAt));
            }
            return this;
        }

        public ProviderAnswer build() {
            return new ProviderAnswer(provider, fetchedAt, values);
        }
    }
}
