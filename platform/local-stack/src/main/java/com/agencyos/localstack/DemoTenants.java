package com.agencyos.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Creates the demo tenants the realm's users belong to, through the gateway as the platform admin, once every
 * service is healthy. A tenant that exists already (409) is left as it is, so {@code up} stays idempotent.
 */
final class DemoTenants {

    record DemoTenant(String id, String name, String tier, String icpJson) {
    }

    static final List<DemoTenant> ALL = List.of(
            new DemoTenant(DemoUser.ACME_TENANT_ID, "Acme Agency", "velocity",
                    "{\"industries\":[\"Construction\",\"Professional Services\"],\"sizeMin\":5,\"sizeMax\":50,"
                            + "\"locations\":[\"Australia\"],\"titles\":[\"Managing Director\",\"Owner\"],"
                            + "\"competitorDomains\":[],\"vendorWebsite\":null}"),
            new DemoTenant(DemoUser.GLOBEX_TENANT_ID, "Globex", "ignition",
                    "{\"industries\":[\"Manufacturing\"],\"sizeMin\":20,\"sizeMax\":200,\"locations\":[\"Australia\"],"
                            + "\"titles\":[],\"competitorDomains\":[],\"vendorWebsite\":null}"));

    private DemoTenants() {
    }

    /** Returns a one-line outcome; throws when the tenants could not be ensured before the deadline. */
    static String ensure(StackContext context, Duration within) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        String lastProblem = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                String token = new Tokens(context.http()).passwordGrant("admin@agencyos.test",
                        context.secrets().get(Secrets.DEMO_PASSWORD));
                int created = 0;
                for (DemoTenant tenant : ALL) {
                    HttpResponse<String> response = create(context, token, tenant);
                    if (response.statusCode() == 201) {
                        created++;
                    } else if (response.statusCode() != 409) {
                        throw new IOException("creating " + tenant.name() + " answered " + response.statusCode() + ": "
                                + response.body());
                    }
                }
                return created == 0 ? "demo tenants already there" : "created " + created + " demo tenant(s)";
            } catch (IOException e) {
                lastProblem = e.getMessage();
                // the gateway or tenant-service may still be warming up (JWKS, first connection): try again
                new java.util.concurrent.CountDownLatch(1).await(2, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        throw new IOException("demo tenants not created: " + lastProblem);
    }

    private static HttpResponse<String> create(StackContext context, String token, DemoTenant tenant)
            throws IOException, InterruptedException {
        String body = "{\"id\":\"%s\",\"name\":\"%s\",\"tier\":\"%s\",\"timeZone\":\"Australia/Sydney\",\"country\":\"AU\",\"icp\":%s}"
                .formatted(tenant.id(), tenant.name(), tenant.tier(), tenant.icpJson());
        return context.http().send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/v1/tenants"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
