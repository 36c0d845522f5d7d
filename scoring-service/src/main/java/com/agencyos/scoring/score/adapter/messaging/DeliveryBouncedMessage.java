package com.agencyos.scoring.score.adapter.messaging;

import java.util.UUID;

/** The part of {@code agencyos.delivery.bounced.v1} scoring reads. */
record DeliveryBouncedMessage(UUID tenantId, UUID leadId, String kind) {
}
