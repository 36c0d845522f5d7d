package com.agencyos.gateway.config;

import com.agencyos.gateway.ratelimit.domain.Quota;
import com.agencyos.gateway.ratelimit.domain.Tier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Gateway settings; every default lives in application.yml. */
@ConfigurationProperties("agencyos.gateway")
public record GatewayProperties(Cors cors, Jwt jwt, RateLimits rateLimits, RequestSize requestSize,
        CircuitBreaker circuitBreaker) {

    public record Cors(List<String> origins) {
    }

    public record Jwt(Duration clockSkew, Duration jwksRefreshInterval, Duration jwksFetchTimeout,
            Duration jwksMinBackoff, Duration jwksMaxBackoff, Duration jwksOnDemandInterval) {
    }

    public record RateLimits(boolean enabled, Tier defaultTier, Quota ignition, Quota velocity, Quota dominance,
            int maxTrackedClients, String redisKeyPrefix) {

        public Map<Tier, Quota> quotas() {
            Map<Tier, Quota> quotas = new EnumMap<>(Tier.class);
            quotas.put(Tier.IGNITION, ignition);
            quotas.put(Tier.VELOCITY, velocity);
            quotas.put(Tier.DOMINANCE, dominance);
            return quotas;
        }
    }

    /** Path patterns are exact paths or prefixes ending in {@code /**}. */
    public record RequestSize(DataSize defaultMax, Map<String, DataSize> perPath) {
    }

    public record CircuitBreaker(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
            Duration waitDurationInOpenState, int permittedCallsInHalfOpenState) {
    }
}
