package com.agencyos.ingest.lead.adapter.web;

import com.agencyos.ingest.config.IngestProperties;
import com.agencyos.ingest.lead.application.HubSpotMappings;
import com.agencyos.ingest.lead.domain.HubSpotFieldMapping;
import com.agencyos.platform.web.ApiProblem;
import com.agencyos.platform.web.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's HubSpot field mapping. Owners and admins replace the tenant's own entries as a whole; anyone in the
 * tenant may read the mapping in effect (standard entries with the tenant's laid over them).
 */
@RestController
@RequestMapping("/api/v1/intake/hubspot/mapping")
class HubSpotMappingController {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final HubSpotMappings mappings;
    private final DataSize maxBody;

    HubSpotMappingController(HubSpotMappings mappings, IngestProperties properties) {
        this.mappings = mappings;
        this.maxBody = properties.maxBodySize();
    }

    @GetMapping
    Mono<MappingResponse> get(Caller caller) {
        UUID tenantId = caller.tenantId();
        return mappings.find(tenantId).defaultIfEmpty(HubSpotFieldMapping.standard()).map(MappingResponse::of);
    }

    /** Body {@code {"fields": {"<hubspot property>": "<lead field>", …}}}; the answer is the mapping now in effect. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<MappingResponse> put(Caller caller, ServerHttpRequest request) {
        UUID tenantId = caller.requireAnyRole(Caller.OWNER, Caller.ADMIN).tenantId();
        return RequestBodies.read(request, maxBody).flatMap(body -> {
            HubSpotFieldMapping mapping = new HubSpotFieldMapping(fields(body));
            return mappings.save(tenantId, mapping, "user:" + caller.subject()).thenReturn(MappingResponse.of(mapping));
        });
    }

    private static Map<String, String> fields(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("fields") || !root.get("fields").isObject()) {
            throw ApiProblem.invalid("The mapping needs a fields object.", Map.of("fields", "must be an object of strings"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (var entry : root.get("fields").properties()) {
            if (entry.getValue().isString()) {
                fields.put(entry.getKey(), entry.getValue().asString());
            } else {
                errors.put("fields." + entry.getKey(), "must be a string");
            }
        }
        HubSpotFieldMapping.violations(fields).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The mapping has invalid entries.", errors);
        }
        return fields;
    }

    /**
     * @param fields the tenant's own entries
     * @param effective what a submission is mapped with: the standard entries with the tenant's over them
     */
    record MappingResponse(Map<String, String> fields, Map<String, String> effective) {

        static MappingResponse of(HubSpotFieldMapping mapping) {
            return new MappingResponse(mapping.overrides(), mapping.effective());
        }
    }
}
