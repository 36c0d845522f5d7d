package com.agencyos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ChannelBindException;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

class PortSharingTest {

    private static DisposableServer serve(int port, String name, boolean share) {
        HttpServer server = HttpServer.create().host("127.0.0.1").port(port)
                .handle((request, response) -> response.sendString(Mono.just(name)));
        return (share ? new PortSharing().apply(server) : server).bindNow(Duration.ofSeconds(10));
    }

    /** A fresh connection per request, so the kernel picks a listener for each. */
    private static String get(int port) {
        return HttpClient.create(ConnectionProvider.newConnection()).get().uri("http://127.0.0.1:" + port + "/")
                .responseContent().aggregate().asString().block(Duration.ofSeconds(10));
    }

    @Test
    void aSecondInstanceBindsThePortTheFirstStillServesAndTakesOverWhenTheFirstStops() {
        DisposableServer old = serve(0, "old", true);
        DisposableServer fresh = serve(old.port(), "new", true);
        try {
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < 200 && answered.size() < 2; i++) {
                answered.add(get(old.port()));
            }
            assertThat(answered).as("the kernel spreads new connections over both listeners").containsExactlyInAnyOrder("old", "new");

            old.disposeNow(Duration.ofSeconds(10));
            for (int i = 0; i < 20; i++) {
                assertThat(get(fresh.port())).isEqualTo("new");
            }
        } finally {
            old.disposeNow();
            fresh.disposeNow();
        }
    }

    @Test
    void withoutSharingTheSecondBindIsRefused() {
        DisposableServer first = serve(0, "first", false);
        try {
            assertThatThrownBy(() -> serve(first.port(), "second", false)).isInstanceOf(ChannelBindException.class)
                    .hasMessageContaining("Failed to bind");
        } finally {
            first.disposeNow();
        }
    }
}
