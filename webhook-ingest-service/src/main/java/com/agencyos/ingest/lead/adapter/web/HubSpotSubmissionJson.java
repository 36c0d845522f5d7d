package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.lead.domain.Consent;
import com.agencyos.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the three shapes a HubSpot submission arrives in (HubSpot has no native form webhook):
 * <ul>
 *   <li>a workflow "send a webhook" action: the contact object, {@code properties} name → value or
 *       name → {@code {value}};</li>
 *   <li>the form-integrations API: {@code values: [{name, value}]} with {@code submittedAt}, {@code pageUrl};</li>
 *   <li>a relayed form-submit body: {@code fields: [{objectTypeId, name, value}]}, {@code context},
 *       {@code legalConsentOptions}.</li>
 * </ul>
 * A body carrying more than one of them is refused rather than guessed at.
 */
final class HubSpotSubmissionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * A submission as HubSpot sent it, before the tenant's field mapping; ids are null when the body has none.
     *
     * @param fromWorkflow a workflow's contact object, which names no form: the tenant's workflow already chose it
     */
    record HubSpotForm(String formId, String submissionId, Map<String, String> values, Consent consent,
            boolean fromWorkflow) {
    }

    private HubSpotSubmissionJson() {
    }

    static HubSpotForm read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badRequest("malformed-json", "The request body must be a JSON object.");
        }
        List<String> shapes = new ArrayList<>();
        for (String shape : List.of("properties", "values", "fields")) {
            if (root.has(shape)) {
                shapes.add(shape);
            }
        }
        if (shapes.size() != 1) {
            throw invalid("body", "must carry exactly one of properties (workflow), values[] (form integrations) or "
                    + "fields[] (form submit); found " + (shapes.isEmpty() ? "none" : String.join(", ", shapes)));
        }
        String shape = shapes.getFirst();
        Map<String, String> values = shape.equals("properties") ? properties(root.get(shape)) : nameValues(root.get(shape), shape);
        return new HubSpotForm(text(root, "formId", "formGuid"), text(root, "submissionId", "conversionId"), values,
                consent(root.get("legalConsentOptions")), shape.equals("properties"));
    }

    private static Map<String, String> properties(JsonNode properties) {
        if (!properties.isObject()) {
            throw invalid("properties", "must be an object of contact properties");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : properties.properties()) {
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                value = value.get("value");
            }
            put(values, entry.getKey(), value, "properties." + entry.getKey());
        }
        return values;
    }

    private static Map<String, String> nameValues(JsonNode array, String shape) {
        if (!array.isArray()) {
            throw invalid(shape, "must be an array of {name, value}");
        }
        Map<String, String> values = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode item : array) {
            String where = shape + "[" + index++ + "]";
            JsonNode name = item.get("name");
            if (!item.isObject() || name == null || !name.isString() || name.asString().isBlank()) {
                throw invalid(where, "must be an object with a name");
            }
            put(values, name.asString().strip(), item.get("value"), where + ".value");
        }
        return values;
    }

    /** Scalars become their text; a repeated name keeps its first value, as a form shows one field once. */
    private static void put(Map<String, String> values, String name, JsonNode value, String where) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!(value.isString() || value.isNumber() || value.isBoolean())) {
            throw invalid(where, "must be a string, number or boolean");
        }
        values.putIfAbsent(name, value.asString());
    }

    private static Consent consent(JsonNode options) {
        if (options == null || options.isNull()) {
            return null;
        }
        if (!options.isObject()) {
            throw invalid("legalConsentOptions", "must be an object");
        }
        JsonNode consent = options.get("consent");
        JsonNode interest = options.get("legitimateInterest");
        Consent.LegitimateInterest legitimate = null;
        if (interest != null && !interest.isNull()) {
            legitimate = new Consent.LegitimateInterest(subscriptionType(interest, "legalConsentOptions.legitimateInterest"),
                    bool(interest.get("value"), "legalConsentOptions.legitimateInterest.value"),
                    text(interest, "legalBasis"), text(interest, "text"));
        }
        if (consent == null || consent.isNull()) {
            return legitimate == null ? null : new Consent(null, null, null, legitimate);
        }
        if (!consent.isObject()) {
            throw invalid("legalConsentOptions.consent", "must be an object");
        }
        List<Consent.Communication> communications = null;
        JsonNode list = consent.get("communications");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw invalid("legalConsentOptions.consent.communications", "must be an array");
            }
            communications = new ArrayList<>();
            int index = 0;
            for (JsonNode item : list) {
                String where = "legalConsentOptions.consent.communications[" + index++ + "]";
                communications.add(new Consent.Communication(subscriptionType(item, where),
                        bool(item.get("value"), where + ".value"), text(item, "text")));
            }
        }
        JsonNode process = consent.get("consentToProcess");
        return new Consent(process == null || process.isNull() ? null : bool(process,
                "legalConsentOptions.consent.consentToProcess"), text(consent, "text"), communications, legitimate);
    }

    private static String subscriptionType(JsonNode node, String where) {
        String id = node.isObject() ? text(node, "subscriptionTypeId") : null;
        if (id == null) {
            throw invalid(where + ".subscriptionTypeId", "is required");
        }
        return id;
    }

    private static boolean bool(JsonNode node, String where) {
        if (node == null || !node.isBoolean()) {
            throw invalid(where, "must be true or false");
        }
        return node.booleanValue();
    }

    /** The first of the names present as a non-blank string or number, trimmed. */
    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isString() || value.isNumber()) && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private static ApiProblem invalid(String field, String problem) {
        return ApiProblem.invalid("The HubSpot submission has invalid fields.", Map.of(field, problem));
    }
}
