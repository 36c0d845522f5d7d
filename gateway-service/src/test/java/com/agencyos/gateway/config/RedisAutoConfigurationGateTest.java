package com.agencyos.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RedisAutoConfigurationGateTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration",
        "org.springframework.cloud.gateway.config.GatewayAutoConfiguration",
        null,
    };

    @Test
    void dropsRedisWhenNoHostIsConfigured() {
        assertThat(gate(new MockEnvironment()).match(CANDIDATES, null))
                .containsExactly(false, false, false, true, false);
    }

    @Test
    void treatsABlankHostAsNone() {
        assertThat(gate(new MockEnvironment().withProperty("spring.data.redis.host", " ")).match(CANDIDATES, null))
                .containsExactly(false, false, false, true, false);
    }

    @Test
    void keepsBootsRedisButNotTheGatewaysOwnWhenAHostIsConfigured() {
        assertThat(gate(new MockEnvironment().withProperty("spring.data.redis.host", "redis")).match(CANDIDATES, null))
                .containsExactly(true, true, false, true, false);
    }

    private static RedisAutoConfigurationGate gate(MockEnvironment environment) {
        RedisAutoConfigurationGate gate = new RedisAutoConfigurationGate();
        gate.setEnvironment(environment);
        return gate;
    }
}
