package com.agencyos.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.gateway.ratelimit.application.InMemoryTenantTierResolver;
import com.agencyos.gateway.ratelimit.domain.Tier;
import com.agencyos.gateway.security.adapter.jwks.JwkSetCache;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The gateway as a client meets it: a real HTTP server on a random port, a fake issuer serving the JWK
 * set of a key this test signs with, and fake downstream services that echo what reached them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewaySecurityIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final FakeService ISSUER = FakeService.start("issuer");
    private static final FakeService TENANT_SERVICE = FakeService.start("tenant");
    private static final FakeService INGEST_SERVICE = FakeService.start("ingest");
    private static final FakeService ANALYTICS_SERVICE = FakeService.start("analytics");
    private static final FakeService ENRICHMENT_SERVICE = FakeService.start("enrichment");
    private static final String NOBODY_LISTENING = FakeService.closedPortUrl();
    private static final String PROBLEMS = "https://agencyos.dev/problems/";

    static {
        ISSUER.serveJwkSet(TOKENS.jwkSetJson());
    }

    @DynamicPropertySource
    static void wireTheFakes(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", () -> TestTokens.ISSUER);
        registry.add("OIDC_JWK_SET_URI", () -> ISSUER.baseUrl() + "/jwks");
        registry.add("SERVICE_URL_TENANT", TENANT_SERVICE::baseUrl);
        registry.add("SERVICE_URL_INGEST", INGEST_SERVICE::baseUrl);
        registry.add("SERVICE_URL_ANALYTICS", ANALYTICS_SERVICE::baseUrl);
        registry.add("SERVICE_URL_ENRICHMENT", ENRICHMENT_SERVICE::baseUrl);
        registry.add("SERVICE_URL_SCORING", () -> NOBODY_LISTENING);
        registry.add("SERVICE_URL_PLAYBOOK", () -> NOBODY_LISTENING);
        registry.add("SERVICE_URL_OUTREACH", () -> NOBODY_LISTENING);
        // Long enough for a loaded build machine, short enough to prove the 504.
        registry.add("GATEWAY_RESPONSE_TIMEOUT", () -> "3s");
        registry.add("GATEWAY_MAX_BODY", () -> "1KB");
        registry.add("GATEWAY_MAX_IMPORT_BODY", () -> "4KB");
        // One token per five seconds after a burst of three: a burst test cannot be refilled mid-way.
        registry.add("GATEWAY_RATE_IGNITION_RPS", () -> "0.2");
        registry.add("GATEWAY_RATE_IGNITION_BURST", () -> "3");
        registry.add("GATEWAY_RATE_DOMINANCE_BURST", () -> "50");
    }

    @AfterAll
    static void stopTheFakes() {
        Stream.of(ISSUER, TENANT_SERVICE, INGEST_SERVICE, ANALYTICS_SERVICE, ENRICHMENT_SERVICE)
                .forEach(FakeService::close);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JwkSetCache signingKeys;

    @Autowired
    private InMemoryTenantTierResolver tiers;

    private WebTestClient client;

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    @Order(1)
    void warmsTheSigningKeysWithoutWaitingForARequest() {
        await().atMost(Duration.ofSeconds(20)).until(signingKeys::hasKeys);
    }

    @Test
    void rejectsARequestWithoutTokenWithAProblemAndABearerChallenge() {
        EntityExchangeResult<byte[]> result = expectProblem(client.get().uri("/api/v1/tenants/me").exchange(),
                401, "unauthorized");

        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    }

    static Stream<Arguments> invalidTokens() {
        String tenant = newTenant();
        return Stream.of(
                Arguments.of("expired", TOKENS.expired(tenant)),
                Arguments.of("meant for another audience", TOKENS.withAudience(tenant, "other-api")),
                Arguments.of("from another issuer", TOKENS.fromIssuer(tenant, "http://evil.test/realms/agency")),
                Arguments.of("with a tampered signature", TOKENS.withTamperedSignature(tenant)),
                Arguments.of("with a tampered payload", TOKENS.withTamperedPayload(tenant, newTenant())),
                Arguments.of("signed by another key", TOKENS.signedByImpostor(tenant)),
                Arguments.of("unsigned (alg none)", TOKENS.unsigned(tenant)),
                Arguments.of("not a JWT at all", "not-a-jwt"));
    }

    @ParameterizedTest(name = "rejects a token {0}")
    @MethodSource("invalidTokens")
    void rejectsAnInvalidTokenWithAProblemAndABearerChallenge(String why, String token) {
        EntityExchangeResult<byte[]> result = expectProblem(client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange(), 401, "unauthorized");

        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void routesAValidTokenWithAuthorizationRelayedAndForgedInternalHeadersStripped() {
        String token = TOKENS.forTenant(newTenant());

        EntityExchangeResult<Echo> result = client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Tenant-Id", newTenant())
                .header("X-User-Id", "someone-else")
                .header("X-User-Roles", "platform_admin")
                .header("X-Internal-Caller", "billing")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult();

        Echo echo = result.getResponseBody();
        assertThat(echo.service()).isEqualTo("tenant");
        assertThat(echo.header("authorization")).containsExactly("Bearer " + token);
        assertThat(echo.headers()).doesNotContainKeys("x-tenant-id", "x-user-id", "x-user-roles", "x-internal-caller");
        String requestId = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(echo.header("x-request-id")).containsExactly(requestId);
        assertThat(result.getResponseHeaders().get("X-Request-Id")).hasSize(1);
    }

    @Test
    void keepsAClientsSaneRequestIdAndReplacesAnUnsafeOne() {
        String token = TOKENS.forTenant(newTenant());

        Echo kept = client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", "client-correlation-42")
                .exchange()
                .expectHeader().valueEquals("X-Request-Id", "client-correlation-42")
                .expectBody(Echo.class).returnResult().getResponseBody();
        EntityExchangeResult<Echo> replaced = client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", "<script>" + "x".repeat(80))
                .exchange()
                .expectBody(Echo.class).returnResult();

        assertThat(kept.header("x-request-id")).containsExactly("client-correlation-42");
        String generated = replaced.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(replaced.getResponseBody().header("x-request-id")).containsExactly(generated);
    }

    @Test
    void sendsLeadWritesToIngestAndLeadReadsToAnalytics() {
        String token = TOKENS.forTenant(newTenant());

        Echo write = client.post().uri("/api/v1/leads")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"jo.bloggs@acme.com.au\"}")
                .exchange().expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();
        Echo read = client.get().uri("/api/v1/leads?status=hot")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(write.service()).isEqualTo("ingest");
        assertThat(read.service()).isEqualTo("analytics");
    }

    @Test
    void acceptsWebhooksWithoutAToken() {
        Echo echo = client.post().uri("/webhooks/hubspot/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Tenant-Id", newTenant())
                .bodyValue("{\"formId\":\"f-001\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.service()).isEqualTo("ingest");
        assertThat(echo.path()).isEqualTo("/webhooks/hubspot/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
        assertThat(echo.headers()).doesNotContainKey("x-tenant-id");
    }

    @Test
    void keepsFortyConcurrentWebhooksInFlightToOneServiceInsteadOfAnsweringSomeUnavailable() {
        // Each call lingers 1.5 s at the service, so all forty are in flight together: a per-service concurrency cap
        // (resilience4j's default bulkhead allowed 25, without waiting) would answer the rest 503.
        List<Integer> statuses = Flux.range(0, 40)
                .flatMap(i -> WebClient.create("http://localhost:" + port).post().uri("/webhooks/leads/lingering")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"n\":" + i + "}")
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 40)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(statuses).hasSize(40).containsOnly(200);
    }

    @Test
    void resendsAWebhookWhileIngestRefusesConnectionsAndDeliversItWholeOnceIngestIsBack() {
        String body = "{\"email\":\"jo.bloggs@acme.com.au\",\"note\":\"sent during a restart\"}";
        long started = System.nanoTime();
        INGEST_SERVICE.stopFor(Duration.ofSeconds(2));

        Echo echo = client.post().uri("/webhooks/leads/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(echo.service()).isEqualTo("ingest");
        assertThat(echo.bodyBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void resendsAWebhookThatIngestAnsweredUnavailableUntilItIsAccepted() {
        String key = UUID.randomUUID().toString();

        Echo echo = client.post().uri("/webhooks/leads/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> failFirst(headers, key, 2, 503))
                .bodyValue("{\"email\":\"jo.bloggs@acme.com.au\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.service()).isEqualTo("ingest");
        assertThat(INGEST_SERVICE.attempts(key)).isEqualTo(3);
    }

    @Test
    void passesOnAWebhooksServerErrorOtherThanUnavailableWithoutResendingIt() {
        String key = UUID.randomUUID().toString();

        client.post().uri("/webhooks/leads/7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> failFirst(headers, key, 1, 500))
                .bodyValue("{\"email\":\"jo.bloggs@acme.com.au\"}")
                .exchange()
                .expectStatus().isEqualTo(500);

        assertThat(INGEST_SERVICE.attempts(key)).isEqualTo(1);
    }

    @Test
    void neverResendsANonIdempotentApiCallThatIngestAnsweredUnavailable() {
        String key = UUID.randomUUID().toString();

        client.post().uri("/api/v1/leads")
                .headers(headers -> {
                    headers.setBearerAuth(TOKENS.forTenant(newTenant()));
                    failFirst(headers, key, 1, 503);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"jo.bloggs@acme.com.au\"}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(INGEST_SERVICE.attempts(key)).isEqualTo(1);
    }

    private static void failFirst(HttpHeaders headers, String key, int times, int status) {
        headers.set("X-Test-Fail-Key", key);
        headers.set("X-Test-Fail-Times", Integer.toString(times));
        headers.set("X-Test-Fail-Status", Integer.toString(status));
    }

    @Test
    void refusesATenantBeyondItsBurstWithRetryAfterWhileAnotherTenantIsServed() {
        String busy = TOKENS.forTenant(newTenant());
        String quiet = TOKENS.forTenant(newTenant());

        int served = 0;
        EntityExchangeResult<byte[]> refused = null;
        for (int attempt = 0; attempt < 10 && refused == null; attempt++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/api/v1/tenants/me")
                    .headers(headers -> headers.setBearerAuth(busy))
                    .exchange().expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
                served++;
            }
        }

        assertThat(served).isGreaterThanOrEqualTo(3);
        assertThat(refused).as("a request beyond the burst was refused").isNotNull();
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 5L);
        assertProblemBody(refused, 429, "rate-limited");
        client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(quiet))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void sizesTheBucketByTheTenantsTier() {
        String ignitionTenant = newTenant();
        String dominanceTenant = newTenant();
        tiers.assign(dominanceTenant, Tier.DOMINANCE);

        client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(ignitionTenant)))
                .exchange()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "3")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "2");
        client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(dominanceTenant)))
                .exchange()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "50")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "49");
    }

    @Test
    void givesAPlatformAdminWithoutTenantItsOwnBucket() {
        client.get().uri("/api/v1/tenants")
                .headers(headers -> headers.setBearerAuth(TOKENS.forPlatformAdmin()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "2");
    }

    @Test
    void refusesABodyOverTheCapBeforeLookingAtTheToken() {
        byte[] twoKilobytes = new byte[2048];

        expectProblem(client.post().uri("/api/v1/leads")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(newTenant())))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoKilobytes)
                .exchange(), 413, "payload-too-large");
        expectProblem(client.post().uri("/webhooks/hubspot/any")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoKilobytes)
                .exchange(), 413, "payload-too-large");
    }

    @Test
    void refusesAStreamedBodyWithoutContentLengthOnceItPassesTheCap() {
        Flux<DataBuffer> chunks = Flux.range(0, 4)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[512]));

        expectProblem(client.post().uri("/webhooks/hubspot/any")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange(), 413, "payload-too-large");
    }

    @Test
    void allowsTheImportALargerBodyThanOtherEndpoints() {
        String csv = "email\n" + "jo.bloggs@acme.com.au\n".repeat(100);

        Echo echo = client.post().uri("/api/v1/leads/import")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(newTenant())))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.service()).isEqualTo("ingest");
        assertThat(echo.bodyBytes()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1024);
    }

    @Test
    void answersServiceUnavailableWhenTheServiceIsDown() {
        EntityExchangeResult<byte[]> result = expectProblem(client.get().uri("/api/v1/scores/lead-1")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(newTenant())))
                .exchange(), 503, "service-unavailable");

        assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).contains("scoring service");
    }

    @Test
    void answersGatewayTimeoutWhenTheServiceIsTooSlow() {
        EntityExchangeResult<byte[]> result = expectProblem(client.get().uri("/api/v1/enrichments/slow")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(newTenant())))
                .exchange(), 504, "gateway-timeout");

        assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).contains("enrichment service");
    }

    @Test
    void answersNotFoundOutsideTheApiWhetherOrNotATokenIsGiven() {
        expectProblem(client.get().uri("/admin").exchange(), 404, "not-found");
        expectProblem(client.get().uri("/actuator/env").exchange(), 404, "not-found");
        expectProblem(client.get().uri("/fallback/tenant").exchange(), 404, "not-found");
        expectProblem(client.get().uri("/api/v2/anything")
                .headers(headers -> headers.setBearerAuth(TOKENS.forTenant(newTenant())))
                .exchange(), 404, "not-found");
    }

    @Test
    void keepsHealthAndMetricsOpen() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        // No Spring Security observations (SecurityConfiguration#securityObservationSettings): they cost CPU on every request.
        client.get().uri("/api/v1/leads").exchange().expectStatus().isUnauthorized();
        client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("http_server_requests").doesNotContain("spring_security_"));
        // The local stack's rolling restart tells the instances on one port apart by their pid.
        client.get().uri("/actuator/info").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.process.pid").isEqualTo((int) ProcessHandle.current().pid());
    }

    @Test
    void answersCorsPreflightsFromTheWebClientOnly() {
        client.options().uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
        client.options().uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aggregatesEveryServicesOpenApiInOneSwaggerUi() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(7)
                .jsonPath("$.urls[?(@.url == '/v3/api-docs/ingest')].name").isEqualTo("webhook-ingest-service");
        Echo echo = client.get().uri("/v3/api-docs/tenant")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.service()).isEqualTo("tenant");
        assertThat(echo.path()).isEqualTo("/v3/api-docs");
    }

    private static EntityExchangeResult<byte[]> expectProblem(WebTestClient.ResponseSpec response, int status,
            String type) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        assertProblemBody(result, status, type);
        return result;
    }

    private static void assertProblemBody(EntityExchangeResult<byte[]> result, int status, String type) {
        assertThat(result.getStatus().value()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        Map<String, Object> problem = Echo.JSON.readValue(result.getResponseBody(), Map.class);
        assertThat(problem).containsEntry("type", PROBLEMS + type)
                .containsEntry("status", status)
                .containsKeys("title", "detail", "instance")
                .containsEntry("requestId", result.getResponseHeaders().getFirst("X-Request-Id"));
        assertThat(problem.get("requestId")).isNotNull();
    }

    private static String newTenant() {
        return UUID.randomUUID().toString();
    }

    record Echo(String service, String method, String path, long bodyBytes, Map<String, List<String>> headers) {

        static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
                .build();

        List<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null ? List.of() : values;
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path + " " + Arrays.toString(headers.keySet().toArray());
        }
    }
}
