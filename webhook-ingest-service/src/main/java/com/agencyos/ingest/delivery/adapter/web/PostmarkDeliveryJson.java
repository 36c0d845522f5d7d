package com.agencyos.ingest.delivery.adapter.web;

import com.agencyos.ingest.delivery.domain.DeliveryReport;
import com.agencyos.ingest.lead.domain.EmailAddress;
import com.agencyos.platform.web.ApiProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Postmark's bounce and spam-complaint webhooks: {@code RecordType ("Bounce" | "SpamComplaint"), ID, Type,
 * TypeCode, MessageID, Email, BouncedAt}. Empty for record types and bounce codes that are not delivery failures.
 */
final class PostmarkDeliveryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PostmarkDeliveryJson() {
    }

    static Optional<DeliveryReport> read(UUID tenantId, byte[] body, Instant now) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("malformed-json", "The request body must be a JSON object.");
        }
        JsonNode recordType = root.get("RecordType");
        if (recordType == null || !recordType.isString()) {
            throw ApiProblem.invalid("Not a Postmark webhook record.", Map.of("RecordType", "is required"));
        }
        boolean complaint = recordType.asString().equals("SpamComplaint");
        if (!complaint && !recordType.asString().equals("Bounce")) {
            return Optional.empty();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode id = root.get("ID");
        if (id == null || !(id.isIntegralNumber() || id.isString()) || id.asString().isBlank() || id.asString().length() > 100) {
            errors.put("ID", "is required");
        }
        JsonNode typeCode = root.get("TypeCode");
        if (!complaint && (typeCode == null || !typeCode.isIntegralNumber() || !typeCode.canConvertToLong())) {
            errors.put("TypeCode", "must be a whole number");
        }
        JsonNode email = root.get("Email");
        if (email == null || !email.isString() || !EmailAddress.isValid(email.asString().strip())) {
            errors.put("Email", "must be a valid email address");
        }
        Instant occurredAt = now;
        JsonNode bouncedAt = root.get("BouncedAt");
        if (bouncedAt != null && !bouncedAt.isNull()) {
            try {
                occurredAt = OffsetDateTime.parse(bouncedAt.asString()).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("BouncedAt", "must be an ISO-8601 date-time with an offset");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The Postmark " + recordType.asString() + " record has invalid fields.", errors);
        }
        DeliveryReport.Kind kind = complaint ? DeliveryReport.Kind.COMPLAINT : DeliveryReport.ofPostmarkTypeCode(typeCode.longValue());
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReport(tenantId, kind, "postmark:" + recordType.asString() + ":" + id.asString(),
                email.asString(), occurredAt, "postmark"));
    }
}
