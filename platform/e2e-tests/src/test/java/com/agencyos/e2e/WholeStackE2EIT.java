package com.agencyos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole system, Keycloak included, driven through the gateway and the webhooks as a client would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class WholeStackE2EIT {

    static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    static final String GLOBEX = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static LocalStack stack;

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = LocalStack.shared();
    }

    @Test
    @Order(1)
    void aRealKeycloakTokenCarriesTheTenantAndReachesTheTenantServiceThroughTheGateway() throws Exception {
        String token = token("owner@acme.test");
        JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("tenant_id").asString()).isEqualTo(ACME);
        assertThat(claims.get("iss").asString()).isEqualTo(LocalStack.KEYCLOAK + "/realms/agency");
        assertThat(claims.get("aud").toString()).contains("agency-api");

        HttpResponse<String> me = send(get("/api/v1/tenants/me").header("Authorization", "Bearer " + token)
                .header("X-Tenant-Id", "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("name").asString()).isEqualTo("Acme Agency");
    }

    @Test
    @Order(2)
    void withoutATokenTheGatewayAnswersAProblem() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/tenants/me"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(3)
    void aSignedWebhookLeadTravelsThePipelineAndReachesAnalytics() throws Exception {
        String owner = token("owner@acme.test");
        HttpResponse<String> created = send(post("/api/v1/tenants/me/webhook-secrets", "{}")
                .header("Authorization", "Bearer " + owner));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JSON.readTree(created.body()).get("secret").asString();

        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@harbourtiles.com.au";
        String body = """
                {"email":"%s","firstName":"Priya","lastName":"Nair","title":"Managing Director",
                 "companyName":"Harbour Tiles","website":"https://harbourtiles.com.au","country":"Australia",
                 "phone":"+61 2 9000 1234","employeeCount":24}""".formatted(email);
        long t = Instant.now().getEpochSecond();
        String signature = "t=" + t + ",v1=" + hmac(secret, t + "." + body);
        // The new secret reaches the ingest service as an event: until it has, the webhook is not configured.
        var accepted = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
        Awaitility.await("the webhook accepted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    accepted.set(send(post("/webhooks/leads/" + ACME, body).header("X-AgencyOS-Signature", signature)));
                    return accepted.get().statusCode() != 401 || !accepted.get().body().contains("webhook-not-configured");
                });
        assertThat(accepted.get().statusCode()).as(accepted.get().body()).isEqualTo(202);
        String leadId = JSON.readTree(accepted.get().body()).get("leadId").asString();
        String traceId = accepted.get().headers().firstValue("X-Trace-Id").orElseThrow();

        String viewer = token("viewer@acme.test");
        Awaitility.await("the lead scored in analytics").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    HttpResponse<String> lead = send(get("/api/v1/leads/" + leadId).header("Authorization", "Bearer " + viewer));
                    assertThat(lead.statusCode()).as(lead.body()).isEqualTo(200);
                    assertThat(lead.body()).contains("agencyos.lead.scored.v1").contains("agencyos.touch.sent.v1");
                });

        for (String topic : java.util.List.of("form.received", "lead.enriched", "lead.scored", "touch.sent")) {
            var traceparents = Topics.traceparents(topic, leadId);
            assertThat(traceparents).as("traceparent of the lead's events on " + topic).isNotEmpty()
                    .allSatisfy(tp -> assertThat(tp).startsWith("00-" + traceId + "-"));
        }

        HttpResponse<String> otherTenant = send(get("/api/v1/leads/" + leadId)
                .header("Authorization", "Bearer " + token("owner@globex.test")));
        assertThat(otherTenant.statusCode()).isEqualTo(404);

        HttpResponse<String> replay = send(post("/webhooks/leads/" + ACME, body).header("X-AgencyOS-Signature", signature));
        assertThat(replay.statusCode()).isBetween(200, 202);
        assertThat(JSON.readTree(replay.body()).get("leadId").asString()).isEqualTo(leadId);
    }

    @Test
    @Order(4)
    void theReadmeDemoPushesLeadsThroughThePipeline() throws Exception {
        assertThat(stack.demo()).as("./agency-os demo exit code").isZero();
    }

    @Test
    @Order(5)
    void aMemberInvitedThroughTheGatewaySignsInWithTheTenantAndRoleAndLosesAccessWhenRemoved() throws Exception {
        String owner = token("owner@acme.test");
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        long started = System.nanoTime();
        HttpResponse<String> invited = send(post("/api/v1/members", """
                {"email":"%s","role":"member","firstName":"Erin","lastName":"Tester","tenantId":"%s"}""".formatted(email, GLOBEX))
                .header("Authorization", "Bearer " + owner).header("X-Tenant-Id", GLOBEX));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        System.out.printf("[e2e] invitation through the gateway, Keycloak user provisioned: %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(invited.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode member = JSON.readTree(invited.body());
        String userId = member.get("userId").asString();
        String password = member.get("initialPassword").asString();

        String memberToken = token(email, password);
        JsonNode claims = claims(memberToken);
        assertThat(claims.get("tenant_id").asString()).as("the tenant of the inviting owner, not the body's").isEqualTo(ACME);
        assertThat(claims.get("sub").asString()).isEqualTo(userId);
        assertThat(claims.get("roles").toString()).contains("\"member\"").doesNotContain("owner");
        HttpResponse<String> me = send(get("/api/v1/tenants/me").header("Authorization", "Bearer " + memberToken));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("id").asString()).isEqualTo(ACME);
        HttpResponse<String> memberInvites = send(post("/api/v1/members",
                "{\"email\":\"x-%s\",\"role\":\"viewer\",\"firstName\":\"X\",\"lastName\":\"Y\"}".formatted(email))
                .header("Authorization", "Bearer " + memberToken));
        assertThat(memberInvites.statusCode()).as("a member cannot manage members").isEqualTo(403);

        HttpResponse<String> changed = send(request("PATCH", "/api/v1/members/" + userId, "{\"role\":\"viewer\"}")
                .header("Authorization", "Bearer " + owner));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        String viewerToken = token(email, password);
        assertThat(claims(viewerToken).get("roles").toString()).contains("\"viewer\"").doesNotContain("\"member\"");
        HttpResponse<String> viewerWrites = send(post("/api/v1/suppressions", "{\"kind\":\"email\",\"value\":\"v@x.test\"}")
                .header("Authorization", "Bearer " + viewerToken));
        assertThat(viewerWrites.statusCode()).as("a viewer cannot write").isEqualTo(403);

        HttpResponse<String> list = send(get("/api/v1/members").header("Authorization", "Bearer " + owner));
        assertThat(list.statusCode()).isEqualTo(200);
        String ownerId = claims(owner).get("sub").asString();
        assertThat(list.body()).contains(userId).contains(ownerId);
        HttpResponse<String> lastOwnerLeaves = send(request("DELETE", "/api/v1/members/" + ownerId, null)
                .header("Authorization", "Bearer " + owner));
        assertThat(lastOwnerLeaves.statusCode()).as(lastOwnerLeaves.body()).isEqualTo(409);

        HttpResponse<String> removed = send(request("DELETE", "/api/v1/members/" + userId, null).header("Authorization", "Bearer " + owner));
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        HttpResponse<String> signIn = tokenResponse("agency-cli", email, password);
        // Keycloak answers 400 invalid_grant for a user that no longer exists (401 is for a wrong password).
        assertThat(signIn.statusCode()).as("a removed member cannot sign in").isIn(400, 401);
        assertThat(signIn.body()).contains("invalid_grant");
        assertThat(send(get("/api/v1/members").header("Authorization", "Bearer " + owner)).body()).doesNotContain(userId);
    }

    @Test
    @Order(6)
    void anotherTenantFindsNoneOfTheFirstTenantsObjectsOnAnyEndpointThatTakesAnId() throws Exception {
        String owner = token("owner@acme.test");
        List<String> failures = new ArrayList<>();
        Map<ObjectEndpoints.Fixture, String> fixtures = createFixtures(owner, failures);
        // One deadline for the whole pipeline (the lead's enrichment, score, 360 view), not one per row.
        Instant readableBy = Instant.now().plus(Duration.ofSeconds(120));
        String stranger = token("owner@globex.test");
        for (ObjectEndpoints.Endpoint endpoint : ObjectEndpoints.ALL) {
            if (!fixtures.containsKey(endpoint.fixture())) {
                failures.add(endpoint + " (" + endpoint.service() + ") not walked: its " + endpoint.fixture() + " could not be created");
                continue;
            }
            String path = endpoint.pathWith(fixtures.get(endpoint.fixture()), UUID.randomUUID().toString());
            if (endpoint.ownerReads()) {
                try {
                    Duration left = Duration.between(Instant.now(), readableBy);
                    Awaitility.await(endpoint + " readable by its owner")
                            .atMost(left.compareTo(Duration.ofSeconds(5)) > 0 ? left : Duration.ofSeconds(5))
                            .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                            .until(() -> send(request("GET", path, null).header("Authorization", "Bearer " + owner)).statusCode() == 200);
                } catch (ConditionTimeoutException e) {
                    failures.add(endpoint + " (" + endpoint.service() + ") never answered 200 to the owner, so 404 would prove nothing");
                    continue;
                }
            }
            // The client-supplied tenant header names the owner: a service that trusted it would answer 200.
            HttpResponse<String> answer;
            try {
                answer = send(request(endpoint.method(), path, endpoint.body())
                        .header("Authorization", "Bearer " + stranger).header("X-Tenant-Id", ACME));
            } catch (java.io.IOException e) {
                failures.add(endpoint + " (" + endpoint.service() + ") did not answer: " + e);
                continue;
            }
            if (answer.statusCode() != 404) {
                failures.add(endpoint + " (" + endpoint.service() + ") answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        assertThat(failures).as("endpoints that did not answer 404 to another tenant").isEmpty();

        // Nothing the other tenant sent changed the owner's objects.
        HttpResponse<String> campaign = send(get("/api/v1/campaigns/" + fixtures.get(ObjectEndpoints.Fixture.CAMPAIGN))
                .header("Authorization", "Bearer " + owner));
        assertThat(campaign.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(campaign.body()).get("name").asString()).isEqualTo("E2E walk");
        String memberId = fixtures.get(ObjectEndpoints.Fixture.MEMBER);
        JsonNode members = JSON.readTree(send(get("/api/v1/members").header("Authorization", "Bearer " + owner)).body());
        assertThat(members.valueStream().filter(m -> m.get("userId").asString().equals(memberId)).map(m -> m.get("role").asString()))
                .containsExactly("member");
        assertThat(send(get("/api/v1/tenants/me/webhook-secrets").header("Authorization", "Bearer " + owner)).body())
                .contains(fixtures.get(ObjectEndpoints.Fixture.WEBHOOK_SECRET));
        assertThat(send(get("/api/v1/tenants/me/provider-secrets").header("Authorization", "Bearer " + owner)).body())
                .contains(fixtures.get(ObjectEndpoints.Fixture.PROVIDER_SECRET));
        send(request("DELETE", "/api/v1/members/" + memberId, null).header("Authorization", "Bearer " + owner));
    }

    @Test
    @Order(7)
    void missingExpiredForeignAudienceAndTamperedTokensAreRefusedAndABodysTenantIsIgnored() throws Exception {
        String valid = token("owner@acme.test");
        String[] parts = valid.split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        String tamperedSignature = parts[0] + "." + parts[1] + "." + new String(signature);
        String otherTenantClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(ACME, GLOBEX)
                        .getBytes(StandardCharsets.UTF_8));
        String tamperedClaims = parts[0] + "." + otherTenantClaims + "." + parts[2];
        String noAudience = JSON.readTree(tokenResponse("admin-cli", "owner@acme.test", stack.demoPassword()).body())
                .get("access_token").asString();
        assertThat(claims(noAudience).path("aud").toString()).doesNotContain("agency-api");

        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("tampered signature", tamperedSignature);
        refused.put("tampered tenant claim", tamperedClaims);
        refused.put("audience other than agency-api", noAudience);
        refused.put("not a JWT", "not-a-token");
        for (var entry : refused.entrySet()) {
            for (String path : List.of("/api/v1/tenants/me", "/api/v1/members", "/api/v1/campaigns", "/api/v1/scores/weights")) {
                HttpResponse<String> answer = send(get(path).header("Authorization", "Bearer " + entry.getValue()));
                assertThat(answer.statusCode()).as(entry.getKey() + " on " + path).isEqualTo(401);
            }
        }
        assertThat(send(get("/api/v1/members")).statusCode()).as("no token").isEqualTo(401);

        String expiring = JSON.readTree(tokenResponse("agency-cli-expiring", "owner@acme.test", stack.demoPassword()).body())
                .get("access_token").asString();
        assertThat(send(get("/api/v1/tenants/me").header("Authorization", "Bearer " + expiring)).statusCode()).isEqualTo(200);
        // Two-second tokens, accepted for the gateway's clock skew (30 s) after expiry, then refused.
        Awaitility.await("the expired token refused").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> send(get("/api/v1/tenants/me").header("Authorization", "Bearer " + expiring)).statusCode() == 401);

        String value = "walk-" + UUID.randomUUID().toString().substring(0, 8) + "@body-tenant.test";
        HttpResponse<String> added = send(post("/api/v1/suppressions", """
                {"kind":"email","value":"%s","tenantId":"%s"}""".formatted(value, ACME))
                .header("Authorization", "Bearer " + token("owner@globex.test")).header("X-Tenant-Id", ACME));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(send(get("/api/v1/suppressions/check?email=" + value).header("Authorization", "Bearer " + valid)).body())
                .as("the body's and header's tenant are ignored").contains("\"suppressed\":false");
        assertThat(send(get("/api/v1/suppressions/check?email=" + value)
                .header("Authorization", "Bearer " + token("viewer@globex.test"))).body()).contains("\"suppressed\":true");
    }

    /**
     * One object of each {@link ObjectEndpoints.Fixture} kind, made by the first tenant's owner through the gateway;
     * a kind that cannot be made is left out and named in {@code failures}, so the walk still covers the others.
     */
    static Map<ObjectEndpoints.Fixture, String> createFixtures(String owner, List<String> failures) {
        Map<ObjectEndpoints.Fixture, String> ids = new java.util.EnumMap<>(ObjectEndpoints.Fixture.class);
        ids.put(ObjectEndpoints.Fixture.TENANT, ACME);
        ids.put(ObjectEndpoints.Fixture.UNKNOWN, UUID.randomUUID().toString());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        create(ids, failures, ObjectEndpoints.Fixture.LEAD, post("/api/v1/leads", """
                {"email":"walk-%s@harbourtiles.com.au","firstName":"Wal","lastName":"King","title":"Director",
                 "companyName":"Harbour Tiles","website":"https://harbourtiles.com.au","country":"Australia"}""".formatted(suffix)),
                owner, "leadId");
        create(ids, failures, ObjectEndpoints.Fixture.CAMPAIGN, post("/api/v1/campaigns", "{\"name\":\"E2E walk\"}"), owner, "id");
        create(ids, failures, ObjectEndpoints.Fixture.SUPPRESSION, post("/api/v1/suppressions",
                "{\"kind\":\"email\",\"value\":\"walk-%s@example.test\"}".formatted(suffix)), owner, "id");
        create(ids, failures, ObjectEndpoints.Fixture.WEBHOOK_SECRET, post("/api/v1/tenants/me/webhook-secrets", "{}"), owner, "secretId");
        create(ids, failures, ObjectEndpoints.Fixture.PROVIDER_SECRET, post("/api/v1/tenants/me/provider-secrets",
                "{\"kind\":\"twilio_auth\",\"value\":\"0123456789abcdef0123456789abcdef\"}"), owner, "secretId");
        create(ids, failures, ObjectEndpoints.Fixture.MEMBER, post("/api/v1/members", """
                {"email":"walk-%s@acme.test","role":"member","firstName":"Wal","lastName":"King"}""".formatted(suffix)),
                owner, "userId");
        create(ids, failures, ObjectEndpoints.Fixture.RESCORE_JOB, post("/api/v1/scores/rescore", "{}"), owner, "jobId");
        return ids;
    }

    static void create(Map<ObjectEndpoints.Fixture, String> ids, List<String> failures, ObjectEndpoints.Fixture fixture,
            HttpRequest.Builder request, String token, String idField) {
        try {
            HttpResponse<String> response = send(request.header("Authorization", "Bearer " + token));
            if (response.statusCode() >= 200 && response.statusCode() <= 202) {
                ids.put(fixture, JSON.readTree(response.body()).get(idField).asString());
            } else {
                failures.add(fixture + " could not be created: " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            failures.add(fixture + " could not be created: " + e);
        }
    }

    static String token(String user, String password) throws Exception {
        HttpResponse<String> response = tokenResponse("agency-cli", user, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    static HttpResponse<String> tokenResponse(String client, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(LocalStack.KEYCLOAK + "/realms/agency/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode claims(String token) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    static HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    static String token(String user) throws Exception {
        return token(user, LocalStack.shared().demoPassword());
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path)).timeout(Duration.ofSeconds(30)).GET();
    }

    static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
