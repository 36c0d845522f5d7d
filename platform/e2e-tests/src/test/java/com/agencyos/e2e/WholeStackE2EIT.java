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
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole system, Keycloak included, driven through the gateway and the webhooks as a client would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeStackE2EIT {

    static final String ACME = "7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static LocalStack stack;

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = LocalStack.start();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.stop();
        }
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

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=agency-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(stack.demoPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(LocalStack.KEYCLOAK + "/realms/agency/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
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
