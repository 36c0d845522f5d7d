package com.agencyos.analytics;

import com.agencyos.analytics.fact.domain.EventFact;
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

    static Events playbookGenerated(UUID tenant, UUID waitingLead, Instant at, String prospectDomain) {
        ObjectNode payload = example("playbook.generated");
        payload.put("tenantId", tenant.toString());
        payload.put("playbookId", UUID.randomUUID().toString());
        payload.put("generatedAt", at.toString());
        payload.put("prospectDomain", prospectDomain);
        payload.putArray("waitingLeadIds").add(waitingLead.toString());
        return checked(new Events("playbook.generated", "agencyos.playbook.generated.v1", tenant.toString(), tenant,
                EventJson.write(payload)));
    }

    static Events deliveryBounced(UUID tenant, UUID lead, Instant at, String kind) {
        ObjectNode payload = leadExample("delivery.bounced", tenant, lead);
        payload.put("occurredAt", at.toString());
        payload.put("kind", kind);
        return checked(new Events("delivery.events", "agencyos.delivery.bounced.v1", lead.toString(), tenant,
                EventJson.write(payload)));
    }

    static Events suppressionChanged(UUID tenant, Instant at, String action, String kind, String value) {
        ObjectNode payload = example("suppression.changed");
        payload.put("tenantId", tenant.toString());
        payload.put("changedAt", at.toString());
        payload.put("action", action);
        payload.put("kind", kind);
        payload.put("value", value);
        return checked(new Events("suppression.changed", "agencyos.suppression.changed.v1", tenant.toString(), tenant,
                EventJson.write(payload)));
    }

    /** The same event with one more field set (a dotted path reaches into an object), checked against its schema. */
    Events with(String path, Object value) {
        ObjectNode payload = (ObjectNode) EventJson.tree(json);
        String[] names = path.split("\\.");
        ObjectNode parent = payload;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        String field = names[names.length - 1];
        switch (value) {
            case null -> parent.putNull(field);
            case String text -> parent.put(field, text);
            case Integer number -> parent.put(field, number);
            case Long number -> parent.put(field, number);
            case Double number -> parent.put(field, number);
            case Boolean flag -> parent.put(field, flag);
            default -> parent.put(field, value.toString());
        }
        return checked(new Events(topic, type, key, tenantId, EventJson.write(payload)));
    }

    /** The fact this event becomes, as the listener would record it, for tests that feed facts directly. */
    EventFact fact(Instant at) {
        var lead = EventJson.tree(json).path("leadId");
        return new EventFact(UUID.randomUUID().toString(), type, topic, tenantId,
                lead.isString() ? UUID.fromString(lead.stringValue()) : null, at, json);
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
