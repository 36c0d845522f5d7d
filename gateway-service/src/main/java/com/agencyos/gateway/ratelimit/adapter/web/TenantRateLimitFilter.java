package com.agencyos.gateway.ratelimit.adapter.web;

import com.agencyos.gateway.problem.adapter.web.ProblemResponses;
import com.agencyos.gateway.problem.domain.GatewayProblem;
import com.agencyos.gateway.ratelimit.application.RateLimitPolicy;
import com.agencyos.gateway.ratelimit.application.RateLimitPolicy.Limit;
import com.agencyos.gateway.ratelimit.application.RateLimiter;
import com.agencyos.gateway.ratelimit.domain.RateLimitDecision;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Applies the caller's tier quota to every routed request that carries a validated token. Public routes
 * (webhooks, unsubscribe) have no tenant in hand and are not limited here. Runs before the request
 * body is buffered, so a refused request costs almost nothing.
 */
public class TenantRateLimitFilter implements GlobalFilter, Ordered {

    public static final String TENANT_CLAIM = "tenant_id";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    static final String BURST_HEADER = "X-RateLimit-Burst-Capacity";
    static final String RATE_HEADER = "X-RateLimit-Replenish-Rate";

    private static final Logger log = LoggerFactory.getLogger(TenantRateLimitFilter.class);

    private final RateLimitPolicy policy;
    private final RateLimiter limiter;
    private final ProblemResponses problems;

    public TenantRateLimitFilter(RateLimitPolicy policy, RateLimiter limiter, ProblemResponses problems) {
        this.policy = policy;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> Optional.of(policy.limitFor(token.getToken().getClaimAsString(TENANT_CLAIM),
                        token.getToken().getSubject())))
                .defaultIfEmpty(Optional.empty())
                .flatMap(limit -> limit.isPresent() ? limited(exchange, chain, limit.get()) : chain.filter(exchange));
    }

    private Mono<Void> limited(ServerWebExchange exchange, GatewayFilterChain chain, Limit limit) {
        return limiter.tryAcquire(limit.clientKey(), limit.quota())
                .onErrorResume(error -> {
                    // Fail open: a limiter outage must not take the whole API down with it.
                    log.warn("Rate limiter unavailable, letting {} through: {}", limit.clientKey(), error.toString());
                    return Mono.empty();
                })
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(decision -> {
                    if (decision.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    describe(exchange.getResponse().getHeaders(), limit, decision.get());
                    if (decision.get().allowed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfter = decision.get().retryAfterSeconds();
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                    return problems.write(exchange, GatewayProblem.RATE_LIMITED,
                            "Your plan allows " + format(limit.quota().requestsPerSecond())
                                    + " requests per second with bursts of " + limit.quota().burst()
                                    + "; retry in " + retryAfter + " s.");
                });
    }

    private static void describe(HttpHeaders headers, Limit limit, RateLimitDecision decision) {
        headers.set(REMAINING_HEADER, Long.toString(decision.remaining()));
        headers.set(BURST_HEADER, Integer.toString(limit.quota().burst()));
        headers.set(RATE_HEADER, format(limit.quota().requestsPerSecond()));
    }

    private static String format(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    @Override
    public int getOrder() {
        // Ahead of AdaptCachedBodyGlobalFilter (HIGHEST_PRECEDENCE + 1000), which reads the whole body.
        return Ordered.HIGHEST_PRECEDENCE + 500;
    }
}
