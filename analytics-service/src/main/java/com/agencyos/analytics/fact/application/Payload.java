package com.agencyos.analytics.fact.application;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.events.PoisonEventException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of an event's JSON payload that follow the contract in {@code docs/events}: an absent field and a
 * null one both mean "unknown", unknown fields are ignored, and a field of the wrong type makes the event poison
 * (it goes to the dead-letter topic instead of producing a wrong fact).
 */
public final class Payload {

    private final String type;
    private final JsonNode root;

    private Payload(String type, JsonNode root) {
        this.type = type;
        this.root = root;
    }

    /** Reads the payload of an event of the given {@code ce_type}; JSON that does not parse is poison. */
    public static Payload of(String type, String json) {
        return new Payload(type, EventJson.tree(json));
    }

    public String text(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            throw poison(path, "a string");
        }
        return node.stringValue();
    }

    public UUID uuid(String... path) {
        String value = text(path);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw poison(path, "a UUID");
        }
    }

    public Instant instant(String... path) {
        String value = text(path);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw poison(path, "an ISO-8601 instant");
        }
    }

    public Double number(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw poison(path, "a number");
        }
        return node.doubleValue();
    }

    public Long whole(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw poison(path, "a whole number");
        }
        return node.longValue();
    }

    public Boolean bool(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw poison(path, "true or false");
        }
        return node.booleanValue();
    }

    /** The objects of the list at the path, each read as a payload of its own; empty when the list is unknown. */
    public List<Payload> list(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw poison(path, "a list");
        }
        List<Payload> items = new ArrayList<>();
        node.forEach(item -> items.add(new Payload(type, item)));
        return items;
    }

    /** The strings of the list at the path; empty when the list is unknown. */
    public List<String> texts(String... path) {
        List<String> values = new ArrayList<>();
        for (Payload item : list(path)) {
            if (!item.root.isString()) {
                throw poison(path, "a list of strings");
            }
            values.add(item.root.stringValue());
        }
        return values;
    }

    /** The members of the object at the path by name, in the order they were written; empty when it is unknown. */
    public Map<String, Payload> members(String... path) {
        JsonNode node = at(path);
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw poison(path, "an object");
        }
        Map<String, Payload> members = new LinkedHashMap<>();
        node.properties().forEach(entry -> members.put(entry.getKey(), new Payload(type, entry.getValue())));
        return members;
    }

    /** Fails when a field the contract requires is unknown. */
    public <T> T required(T value, String field) {
        if (value == null) {
            throw new PoisonEventException(type + " needs " + field);
        }
        return value;
    }

    /** The value at the path, or null when it is absent or null. */
    private JsonNode at(String... path) {
        JsonNode node = root;
        for (String name : path) {
            node = node.path(name);
        }
        return node.isMissingNode() || node.isNull() ? null : node;
    }

    private PoisonEventException poison(String[] path, String expected) {
        return new PoisonEventException(type + ": " + String.join(".", path) + " is not " + expected);
    }
}
