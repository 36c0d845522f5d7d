package com.agencyos.gateway.ratelimit.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.RateLimitDecision;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The shared token bucket against a real Redis server. Runs where {@code redis-server} is installed
 * (Debian package {@code redis-server}); there is no Docker to bring one otherwise.
 */
@EnabledIf("redisServerInstalled")
class RedisRateLimiterIT {

    private static Process redis;
    private static LettuceConnectionFactory connections;
    private static RedisRateLimiter limiter;
    private static RedisRateLimiter otherReplica;

    static boolean redisServerInstalled() {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "redis-server")));
    }

    @BeforeAll
    static void startRedis() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connections.afterPropertiesSet();
        ReactiveStringRedisTemplate template = new ReactiveStringRedisTemplate(connections);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> template.hasKey("ping").block() != null);
        limiter = new RedisRateLimiter(template, "test:rate:");
        otherReplica = new RedisRateLimiter(new ReactiveStringRedisTemplate(connections), "test:rate:");
    }

    @AfterAll
    static void stopRedis() {
        if (connections != null) {
            connections.destroy();
        }
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        Quota quota = new Quota(0.5, 3);

        List<RateLimitDecision> decisions = IntStream.range(0, 4)
                .mapToObj(i -> limiter.tryAcquire("tenant:burst", quota).block())
                .toList();

        assertThat(decisions).extracting(RateLimitDecision::allowed).containsExactly(true, true, true, false);
        assertThat(decisions).extracting(RateLimitDecision::remaining).startsWith(2L, 1L, 0L);
        assertThat(decisions.get(3).retryAfter()).isBetween(Duration.ofMillis(1), Duration.ofSeconds(2));
    }

    @Test
    void replicasDrawFromTheSameBucket() {
        Quota quota = new Quota(0.5, 2);

        assertThat(limiter.tryAcquire("tenant:shared", quota).block().allowed()).isTrue();
        assertThat(otherReplica.tryAcquire("tenant:shared", quota).block().allowed()).isTrue();
        assertThat(limiter.tryAcquire("tenant:shared", quota).block().allowed()).isFalse();
        assertThat(otherReplica.tryAcquire("tenant:shared", quota).block().allowed()).isFalse();
    }

    @Test
    void keepsTenantsApart() {
        Quota quota = new Quota(0.5, 1);
        limiter.tryAcquire("tenant:acme", quota).block();

        assertThat(limiter.tryAcquire("tenant:acme", quota).block().allowed()).isFalse();
        assertThat(limiter.tryAcquire("tenant:globex", quota).block().allowed()).isTrue();
    }

    @Test
    void refillsOverTime() {
        Quota quota = new Quota(20, 1);
        limiter.tryAcquire("tenant:refill", quota).block();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> limiter.tryAcquire("tenant:refill", quota).block().allowed());
    }
}
