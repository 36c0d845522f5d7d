package com.agencyos.tenant.suppression.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code suppression.changed} v1 (docs/events/suppression.changed.v1.schema.json).
 *
 * @param tenantId null for the platform-wide list
 */
record SuppressionChangedMessage(UUID tenantId, String action, String kind, String value, String reason,
        String source, Instant changedAt) {
}
