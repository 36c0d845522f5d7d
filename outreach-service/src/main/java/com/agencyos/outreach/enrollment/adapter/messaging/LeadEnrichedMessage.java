package com.agencyos.outreach.enrollment.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

/** The part of {@code agencyos.lead.enriched.v1} this service reads: how to reach the person beyond email. */
record LeadEnrichedMessage(UUID leadId, UUID tenantId, Instant enrichedAt, Contact contact) {

    record Contact(String phone, String linkedinUrl) {
    }
}
