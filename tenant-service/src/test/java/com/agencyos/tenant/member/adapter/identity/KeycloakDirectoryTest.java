package com.agencyos.tenant.member.adapter.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.tenant.member.application.IdentityFailedException;
import com.agencyos.tenant.member.application.IdentityUnavailableException;
import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.MemberRole;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's failure paths against a local HTTP server; the happy path is proven against the real Keycloak end to end. */
class KeycloakDirectoryTest {

    // Generous: the first WebClient of a JVM starts Netty, which took over 10 s on a build box loaded twenty deep.
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String TOKEN = "{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}";

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    volatile Answer tokenAnswer = new Answer(200, TOKEN);
    volatile Answer adminAnswer = new Answer(200, "[]");
    volatile boolean hang;

    record Answer(int status, String body) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/realms/agency/protocol/openid-connect/token", exchange -> answer(exchange, tokenAnswer));
        server.createContext("/admin/realms/agency/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            if (hang) {
                awaitRelease();
            }
            answer(exchange, adminAnswer);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    KeycloakDirectory directory() {
        return directory("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static KeycloakDirectory directory(String url) {
        return new KeycloakDirectory(new KeycloakProperties(url, "agency", "tenant-provisioning", "s3cret", Duration.ofMillis(700)),
                Clock.systemUTC());
    }

    static Invitation jo() {
        return Invitation.of("jo+sales@acme.test", "member", "Jo", "Bloggs");
    }

    @Test
    void aKeycloakAnswering503IsUnavailable() {
        adminAnswer = new Answer(503, "");
        assertThatThrownBy(() -> directory().create(UUID.randomUUID(), jo(), InitialPassword.random(new SecureRandom())).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
    }

    @Test
    void aKeycloakThatCannotBeReachedIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> directory("http://127.0.0.1:" + closedPort).findByEmail("jo@acme.test").block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
    }

    @Test
    void aKeycloakThatDoesNotAnswerInTimeIsUnavailable() {
        hang = true;
        long started = System.nanoTime();
        assertThatThrownBy(() -> directory().grantRole("u-1", MemberRole.viewer).block(WAIT))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedServiceAccountOrAMalformedTokenAnswerIsAFailureThatNeverRepeatsTheSecretOrPassword() {
        tokenAnswer = new Answer(401, "{\"error\":\"unauthorized_client\",\"client_secret\":\"s3cret\"}");
        InitialPassword password = InitialPassword.random(new SecureRandom());
        assertThatThrownBy(() -> directory().create(UUID.randomUUID(), jo(), password).block(WAIT))
                .isInstanceOf(IdentityFailedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain(password.value()));

        tokenAnswer = new Answer(200, "<html>login</html>");
        assertThatThrownBy(() -> directory().findByEmail("jo@acme.test").block(WAIT)).isInstanceOf(IdentityFailedException.class);
        tokenAnswer = new Answer(200, "{\"token_type\":\"Bearer\"}");
        assertThatThrownBy(() -> directory().findByEmail("jo@acme.test").block(WAIT)).isInstanceOf(IdentityFailedException.class);
        assertThat(requests).isEmpty();
    }

    @Test
    void aConflictOrAMalformedAdminAnswerIsAFailure() {
        adminAnswer = new Answer(409, "{\"errorMessage\":\"User exists with same username\"}");
        assertThatThrownBy(() -> directory().create(UUID.randomUUID(), jo(), InitialPassword.random(new SecureRandom())).block(WAIT))
                .isInstanceOf(IdentityFailedException.class);
        adminAnswer = new Answer(201, "");
        assertThatThrownBy(() -> directory().create(UUID.randomUUID(), jo(), InitialPassword.random(new SecureRandom())).block(WAIT))
                .as("201 without a Location").isInstanceOf(IdentityFailedException.class);
        adminAnswer = new Answer(200, "{not json");
        assertThatThrownBy(() -> directory().findByEmail("jo@acme.test").block(WAIT)).isInstanceOf(IdentityFailedException.class);
    }

    @Test
    void aUserAlreadyGoneCountsAsDeletedAndTheServiceTokenIsReusedWithTheEmailEncoded() {
        adminAnswer = new Answer(404, "{\"error\":\"User not found\"}");
        KeycloakDirectory directory = directory();
        directory.delete("u-1").block(WAIT);
        adminAnswer = new Answer(200, "[]");
        assertThat(directory.findByEmail("jo+sales@acme.test").block(WAIT)).isEmpty();
        assertThat(requests).hasSize(2).allSatisfy(r -> assertThat(r).endsWith("Bearer service-token"));
        assertThat(requests.get(1)).contains("email=jo%2Bsales%40acme.test");
    }

    private void awaitRelease() {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
