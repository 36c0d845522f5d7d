package com.agencyos.ingest.delivery.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider's report that a message bounced or drew a complaint.
 *
 * @param providerRef the provider's id of the report; a redelivery carries the same one
 * @param email the recipient, lower-cased
 */
public record DeliveryReport(UUID tenantId, Kind kind, String providerRef, String email, Instant occurredAt, String source) {

    public DeliveryReport {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(occurredAt, "occurredAt");
        email = email.strip().toLowerCase(Locale.ROOT);
        providerRef = providerRef.replace("\0", "");
        // Providers report in up to 100 ns; consumers compare instants, which millisecond precision serves.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public enum Kind {
        /** The address does not exist or refuses us for good: never send again. */
        HARD_BOUNCE,
        /** A temporary failure: recorded, sending may continue. */
        SOFT_BOUNCE,
        /** The recipient marked the message as spam. */
        COMPLAINT
    }

    /**
     * Postmark's bounce {@code TypeCode}s: HardBounce 1 and BadEmailAddress 100000 are permanent; Transient 2,
     * DnsError 256, SoftBounce 4096 and InboxFull 100008 are temporary; SpamComplaint 100001 is a complaint. Other
     * codes (auto-responders, subscribe requests, …) are not delivery failures: null.
     */
    public static Kind ofPostmarkTypeCode(long typeCode) {
        if (typeCode == 1 || typeCode == 100_000) {
            return Kind.HARD_BOUNCE;
        }
        if (typeCode == 2 || typeCode == 256 || typeCode == 4096 || typeCode == 100_008) {
            return Kind.SOFT_BOUNCE;
        }
        if (typeCode == 512 || typeCode == 100_001) {
            return Kind.COMPLAINT;
        }
        return null;
    }
}
