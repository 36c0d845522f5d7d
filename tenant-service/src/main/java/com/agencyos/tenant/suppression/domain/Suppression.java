package com.agencyos.tenant.suppression.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a suppression list; {@code value} is normalised for its kind, so (scope, kind, value) is unique.
 *
 * @param createdBy the subject of the token that added it
 */
public record Suppression(UUID id, SuppressionScope scope, SuppressionKind kind, String value, String reason,
        SuppressionSource source, Instant createdAt, String createdBy) {
}
