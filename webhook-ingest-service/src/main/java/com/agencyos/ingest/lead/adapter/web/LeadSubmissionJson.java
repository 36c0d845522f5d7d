package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.lead.domain.LeadSubmission;
import com.agencyos.platform.web.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the lead body ({@code {email, firstName?, …, hiring?, latestFundingDate?, employmentStartDate?,
 * customFields?}}) field by field, so a client learns every wrong field at once and by name. Unknown fields are
 * ignored, a {@code tenantId} included: the tenant comes from the path's signature or the token, never from the body.
 */
final class LeadSubmissionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private LeadSubmissionJson() {
    }

    static LeadSubmission read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("malformed-json", "The request body must be a JSON object.");
        }
        Fields fields = new Fields(root);
        LeadSubmission submission = new LeadSubmission(fields.text("email"), fields.text("firstName"),
                fields.text("lastName"), fields.text("title"), fields.text("phone"), fields.text("linkedinUrl"),
                fields.text("country"), fields.text("companyName"), fields.text("website"), fields.text("companyDomain"),
                fields.text("industry"), fields.wholeNumber("employeeCount"), fields.uuid("campaignId"),
                fields.text("externalId"), fields.stringMap("customFields"), null, fields.bool("hiring"),
                fields.date("latestFundingDate"), fields.date("employmentStartDate"));
        submission.violations().forEach(fields.errors::putIfAbsent);
        if (!fields.errors.isEmpty()) {
            throw ApiProblem.invalid("The lead has invalid fields.", fields.errors);
        }
        return submission;
    }

    private static final class Fields {

        private final JsonNode root;
        private final Map<String, String> errors = new LinkedHashMap<>();

        Fields(JsonNode root) {
            this.root = root;
        }

        /** Trimmed; absent, null and blank all mean unknown. Numbers are accepted as their text (an id of 42). */
        String text(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isString() && !node.isNumber()) {
                errors.put(name, "must be a string");
                return null;
            }
            String value = node.asString().strip();
            return value.isEmpty() ? null : value;
        }

        Integer wholeNumber(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                errors.put(name, "must be a whole number");
                return null;
            }
            return node.intValue();
        }

        Boolean bool(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                errors.put(name, "must be true or false");
                return null;
            }
            return node.booleanValue();
        }

        LocalDate date(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.put(name, "must be a date as YYYY-MM-DD");
                return null;
            }
        }

        UUID uuid(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                errors.put(name, "must be a UUID");
                return null;
            }
        }

        Map<String, String> stringMap(String name) {
            JsonNode node = root.get(name);
            Map<String, String> values = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return values;
            }
            if (!node.isObject()) {
                errors.put(name, "must be an object of strings");
                return values;
            }
            for (var entry : node.properties()) {
                JsonNode value = entry.getValue();
                if (value.isNull()) {
                    continue;
                }
                if (value.isString() || value.isNumber() || value.isBoolean()) {
                    values.put(entry.getKey(), value.asString());
                } else {
                    errors.put(name + "." + entry.getKey(), "must be a string");
                }
            }
            return values;
        }
    }
}
