package com.agencyos.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway started while the identity provider was down: it must start, answer an honest 503 instead
 * of a 500 while it has no keys, and pick the keys up by itself once the provider is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwksOutageIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final FakeService ISSUER = FakeService.start("issuer");
    private static final FakeService TENANT_SERVICE = FakeService.start("tenant");

    @DynamicPropertySource
    static void wireTheFakes(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", () -> TestTokens.ISSUER);
        registry.add("OIDC_JWK_SET_URI", () -> ISSUER.baseUrl() + "/jwks");
        registry.add("SERVICE_URL_TENANT", TENANT_SERVICE::baseUrl);
        registry.add("agencyos.gateway.jwt.jwks-max-backoff", () -> "1s");
        registry.add("agencyos.gateway.jwt.jwks-on-demand-interval", () -> "1h");
    }

    @AfterAll
    static void stopTheFakes() {
        ISSUER.close();
        TENANT_SERVICE.close();
    }

    @LocalServerPort
    private int port;

    @Test
    void answersServiceUnavailableUntilTheIssuerIsBackThenServesWithoutARestart() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        String token = TOKENS.forTenant(UUID.randomUUID().toString());

        EntityExchangeResult<Map> unavailable = client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult();
        assertThat(unavailable.getResponseBody())
                .containsEntry("type", "https://agencyos.dev/problems/identity-provider-unavailable");

        ISSUER.serveJwkSet(TOKENS.jwkSetJson());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/api/v1/tenants/me")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk());
    }
}
