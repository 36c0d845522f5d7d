package com.agencyos.platform.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks real payloads against the integrators' contract in {@code docs/events/}: the schema of
 * {@code agencyos.lead.scored.v1} is {@code docs/events/lead.scored.v1.schema.json}. A service test that
 * publishes an event asserts its payload here, so the documentation cannot drift from the code.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails with every violation when the record's payload does not match the schema of its {@code ce_type}. */
    public static void assertValid(ConsumerRecord<String, String> record) {
        assertValid(EventProbe.header(record, "ce_type"), record.value());
    }

    public static void assertValid(String ceType, String json) {
        Set<ValidationMessage> errors;
        try {
            errors = schema(ceType).validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new AssertionError("Payload of " + ceType + " is not JSON: " + json, e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("Payload of " + ceType + " breaks docs/events: " + errors + "\n" + json);
        }
    }

    private static JsonSchema schema(String ceType) {
        return SCHEMAS.computeIfAbsent(ceType, type -> {
            Path file = docsEvents().resolve(type.replaceFirst("^agencyos\\.", "") + ".schema.json");
            if (!Files.exists(file)) {
                throw new AssertionError("No schema for " + type + " at " + file);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(JSON.readTree(file.toFile()), config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Path docsEvents() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/events not found above " + Path.of("").toAbsolutePath());
    }
}
