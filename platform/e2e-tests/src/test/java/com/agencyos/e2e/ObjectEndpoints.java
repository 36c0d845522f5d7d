package com.agencyos.e2e;

import java.util.List;

/**
 * Every public endpoint that takes an object id, one row each, walked by {@link WholeStackE2EIT} with another
 * tenant's token: each must answer 404 and change nothing. A new endpoint joins the walk by adding a row; a new
 * kind of object by adding a {@link Fixture} and creating one in {@code WholeStackE2EIT#createFixtures}.
 * Covers the endpoints with a path variable present on 2026-11-22 at 04:45 UTC (grep for {@code @GetMapping},
 * {@code @PutMapping}, ... in every service), except the public signed webhooks ({@code /webhooks/{tenantId}/...},
 * authenticated by the provider's signature, not a token) and report names ({@code /api/v1/analytics/reports/{name}}).
 */
final class ObjectEndpoints {

    /** What the id in the path names; the walk creates one of each as the first tenant before walking. */
    enum Fixture {
        /** A lead submitted through {@code POST /api/v1/leads}; it travels the pipeline. */
        LEAD,
        CAMPAIGN,
        SUPPRESSION,
        WEBHOOK_SECRET,
        PROVIDER_SECRET,
        MEMBER,
        RESCORE_JOB,
        /** The first tenant's own id. */
        TENANT,
        /** No object of this kind can be made cheaply end to end: a random id, which must be a 404 too. */
        UNKNOWN
    }

    /**
     * @param path with {@code {id}} where the object id goes ({@code {other}} for a second id, always random)
     * @param body a JSON body for writes, null for none
     * @param ownerReads true for a GET the owning tenant can read: the walk first waits until the owner gets 200,
     *     so the other tenant's 404 proves isolation and not a missing object
     */
    record Endpoint(String service, String method, String path, String body, Fixture fixture, boolean ownerReads) {

        String pathWith(String id, String other) {
            return path.replace("{id}", id).replace("{other}", other);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoint read(String service, String path, Fixture fixture) {
        return new Endpoint(service, "GET", path, null, fixture, fixture != Fixture.UNKNOWN);
    }

    static Endpoint write(String service, String method, String path, String body, Fixture fixture) {
        return new Endpoint(service, method, path, body, fixture, false);
    }

    static final List<Endpoint> ALL = List.of(
            read("tenant", "/api/v1/tenants/{id}", Fixture.TENANT),
            write("tenant", "DELETE", "/api/v1/tenants/me/webhook-secrets/{id}", null, Fixture.WEBHOOK_SECRET),
            write("tenant", "DELETE", "/api/v1/tenants/me/provider-secrets/{id}", null, Fixture.PROVIDER_SECRET),
            write("tenant", "DELETE", "/api/v1/suppressions/{id}", null, Fixture.SUPPRESSION),
            write("tenant", "PATCH", "/api/v1/members/{id}", "{\"role\":\"viewer\"}", Fixture.MEMBER),
            write("tenant", "DELETE", "/api/v1/members/{id}", null, Fixture.MEMBER),
            read("webhook-ingest", "/api/v1/lead-receipts/{id}", Fixture.LEAD),
            read("enrichment", "/api/v1/enrichments/{id}", Fixture.LEAD),
            read("enrichment", "/api/v1/enrichments/{id}/state", Fixture.LEAD),
            read("scoring", "/api/v1/scores/{id}", Fixture.LEAD),
            write("scoring", "POST", "/api/v1/scores/{id}/rescore", null, Fixture.LEAD),
            read("scoring", "/api/v1/scores/rescore/{id}", Fixture.RESCORE_JOB),
            read("analytics", "/api/v1/leads/{id}", Fixture.LEAD),
            read("outreach", "/api/v1/campaigns/{id}", Fixture.CAMPAIGN),
            write("outreach", "PUT", "/api/v1/campaigns/{id}", "{\"name\":\"taken over\"}", Fixture.CAMPAIGN),
            write("outreach", "PUT", "/api/v1/campaigns/{id}/status", "{\"status\":\"paused\"}", Fixture.CAMPAIGN),
            write("outreach", "DELETE", "/api/v1/campaigns/{id}", null, Fixture.CAMPAIGN),
            read("outreach", "/api/v1/campaigns/{id}/enrollments", Fixture.CAMPAIGN),
            read("outreach", "/api/v1/touches/{id}", Fixture.UNKNOWN),
            write("outreach", "DELETE", "/api/v1/sending-resources/{id}", null, Fixture.UNKNOWN),
            read("playbook", "/api/v1/playbooks/{id}", Fixture.UNKNOWN),
            read("playbook", "/api/v1/playbooks/{id}/export", Fixture.UNKNOWN),
            write("playbook", "DELETE", "/api/v1/playbooks/{id}", null, Fixture.UNKNOWN),
            read("playbook", "/api/v1/playbooks/{id}/runs/{other}", Fixture.UNKNOWN),
            write("playbook", "POST", "/api/v1/playbooks/{id}/runs/{other}/retry", null, Fixture.UNKNOWN),
            read("playbook", "/api/v1/playbook-batches/{id}", Fixture.UNKNOWN),
            read("playbook", "/api/v1/playbook-batches/{id}/export", Fixture.UNKNOWN));

    private ObjectEndpoints() {
    }
}
