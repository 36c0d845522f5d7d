package com.agencyos.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.ratelimit.adapter.inprocess.InProcessRateLimiter;
import com.agencyos.gateway.ratelimit.adapter.redis.RedisRateLimiter;
import com.agencyos.gateway.ratelimit.application.RateLimiter;
import com.agencyos.gateway.ratelimit.application.TenantTierResolver;
import com.agencyos.gateway.ratelimit.domain.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

class RateLimitConfigurationIT {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(RateLimitConfiguration.class, Properties.class)
            .withBean(ProblemResponses.class, () -> mock(ProblemResponses.class))
            .withPropertyValues(
                    "agencyos.gateway.rate-limits.default-tier=velocity",
                    "agencyos.gateway.rate-limits.max-tracked-clients=100",
                    "agencyos.gateway.rate-limits.redis-key-prefix=rate:",
                    "agencyos.gateway.rate-limits.ignition.requests-per-second=20",
                    "agencyos.gateway.rate-limits.ignition.burst=40",
                    "agencyos.gateway.rate-limits.velocity.requests-per-second=50",
                    "agencyos.gateway.rate-limits.velocity.burst=100",
                    "agencyos.gateway.rate-limits.dominance.requests-per-second=100",
                    "agencyos.gateway.rate-limits.dominance.burst=200");

    @Test
    void keepsBucketsInProcessWithoutRedis() {
        contexts.run(context -> assertThat(context.getBean(RateLimiter.class)).isInstanceOf(InProcessRateLimiter.class));
    }

    @Test
    void keepsBucketsInRedisOnceAHostIsConfigured() {
        contexts.withPropertyValues("spring.data.redis.host=redis.internal")
                .withBean(ReactiveStringRedisTemplate.class, () -> mock(ReactiveStringRedisTemplate.class))
                .run(context -> assertThat(context.getBean(RateLimiter.class)).isInstanceOf(RedisRateLimiter.class));
    }

    @Test
    void givesUnknownTenantsTheConfiguredDefaultTier() {
        contexts.run(context -> assertThat(context.getBean(TenantTierResolver.class).tierOf("unknown"))
                .isEqualTo(Tier.VELOCITY));
    }

    @Test
    void canBeSwitchedOff() {
        contexts.withPropertyValues("agencyos.gateway.rate-limits.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RateLimiter.class));
    }

    @EnableConfigurationProperties(GatewayProperties.class)
    static class Properties {
    }
}
