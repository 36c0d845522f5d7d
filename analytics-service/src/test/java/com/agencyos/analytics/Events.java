package com.agencyos.analytics;

import com.agencyos.platform.events.EventJson;
import com.agencyos.platform.test.EventProbe;
import com.agencyos.platform.test.EventSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as the other services publish them: each starts from the contract's own example in
 * {@code docs/events/examples}, is moved to the lead, tenant and time of the test, and is checked against its schema
 * before it is published, so these tests feed the service nothing a real producer could not send.
 */
record Events(String topic, String type, String key, UUID tenantId, String json) {

    static Events formReceived(UUID tenant, UUID lead, Instant at, String email, String firstName, String lastName,
            String company) {
        ObjectNode payload = leadExample("form.received", tenant, lead);
        payload.put("receivedAt", at.toString());
        payload.put("sourceRef", lead.toString());
        ObjectNode contact = (ObjectNode) payload.get("contact");
        contact.put("email", email);
        contact.put("firstName", firstName);
        contact.put("lastName", lastName);
        ((ObjectNode) payload.get("company")).put("name", company);
        return lead("form.received", lead, tenant, payload);
    }

    static Events leadEnriched(UUID tenant, UUID lead, Instant at) {
        ObjectNode payload = leadExample("lead.enriched", tenant, lead);
        payload.put("enrichedAt", at.toString());
        return lead("lead.enriched", lead, tenant, payload);
    }

    static Events leadScored(UUID tenant, UUID lead, Instant at, double score, String tier) {
        ObjectNode payload = leadExample("lead.scored", tenant, lead);
        payload.put("scoredAt", at.toString());
        payload.put("score", score);
        payload.put("tier", tier);
        return lead("lead.scored", lead, tenant, payload);
    }

    static Events touchSent(UUID tenant, UUID lead, Instant at, String mode) {
        ObjectNode payload = leadExample("touch.sent", tenant, lead);
        payload.put("touchId", UUID.randomUUID().toString());
        payload.put("sentAt", at.toString());
        payload.put("mode", mode);
        return lead("touch.sent", lead, tenant, payload);
    }

    static Events replyClassified(UUID tenant, UUID lead, Instant at) {
        ObjectNode payload = leadExample("reply.classified", tenant, lead);
        payload.put("replyId", UUID.randomUUID().toString());
        payload.put("receivedAt", at.toString());
        return lead("reply.classified", lead, tenant, payload);
    }

    static Events leadConverted(UUID tenant, UUID lead, Instant at) {
        ObjectNode payload = leadExample("lead.converted", tenant, lead);
        payload.put("convertedAt", at.toString());
        return lead("lead.converted", lead, tenant, payload);
    }

    static Events tenantChanged(UUID tenant) {
        ObjectNode payload = example("tenant.changed");
        payload.put("tenantId", tenant.toString());
        return checked(new Events("tenant.changed", "agencyos.tenant.changed.v1", tenant.toString(), tenant,
                EventJson.write(payload)));
    }

    /** The same event under another {@code ce_type}, as a producer adding a type would publish it. */
    Events retyped(String newType) {
        return new Events(topic, newType, key, tenantId, json);
    }

    /** The same event on the partition of another key, so it is consumed in order after that key's events. */
    Events keyedBy(String otherKey) {
        return new Events(topic, type, otherKey, tenantId, json);
    }

    String publishTo(EventProbe probe) {
        return probe.publish(topic, type, key, tenantId, json);
    }

    void publishTo(EventProbe probe, String eventId) {
        probe.publishWithId(eventId, topic, type, key, tenantId, json);
    }

    private static Events lead(String name, UUID lead, UUID tenant, ObjectNode payload) {
        return checked(new Events(name, "agencyos." + name + ".v1", lead.toString(), tenant, EventJson.write(payload)));
    }

    private static Events checked(Events event) {
        EventSchemas.assertValid(event.type(), event.json());
        return event;
    }

    private static ObjectNode leadExample(String name, UUID tenant, UUID lead) {
        ObjectNode payload = example(name);
        payload.put("tenantId", tenant.toString());
        payload.put("leadId", lead.toString());
        return payload;
    }

    private static ObjectNode example(String name) {
        try {
            return (ObjectNode) EventJson.tree(Files.readString(examples().resolve(name + ".v1.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/events/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/events/examples not found above " + Path.of("").toAbsolutePath());
    }
}
