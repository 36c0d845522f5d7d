package com.agencyos.enrichment.lead.adapter.messaging;

import com.agencyos.enrichment.lead.domain.Normalisation;
import com.agencyos.enrichment.lead.domain.SuppressionKey;
import com.agencyos.platform.events.PoisonEventException;
import java.util.Locale;
import java.util.UUID;

/** {@code agencyos.suppression.changed.v1}: an entry added to or removed from a tenant's or the platform's list. */
record SuppressionChangedMessage(UUID tenantId, String action, String kind, String value, String reason) {

    /**
     * The entry as this service matches it, values normalised again in case a producer forgot to; null for a kind
     * this service does not know, which it ignores as the event contract asks.
     */
    SuppressionKey key() {
        if (action == null || kind == null || value == null || value.isBlank()) {
            throw new PoisonEventException("suppression.changed needs action, kind and value");
        }
        SuppressionKey.Kind parsed;
        try {
            parsed = SuppressionKey.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String normalised = switch (parsed) {
            case email -> value.trim().toLowerCase(Locale.ROOT);
            case domain -> {
                String domain = Normalisation.domainOf(value);
                yield domain == null ? value.trim().toLowerCase(Locale.ROOT) : domain;
            }
            case phone -> value.trim();
        };
        return new SuppressionKey(parsed, normalised);
    }
}
