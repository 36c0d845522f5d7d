package com.agencyos.enrichment.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agencyos.enrichment.*}: provider endpoints, keys and unit prices, resilience limits, and the built-in
 * website provider's limits. Defaults live in {@code application.yml}; a provider without a key is disabled.
 */
@ConfigurationProperties("agencyos.enrichment")
public record EnrichmentProperties(Resilience resilience, Providers providers, Website website) {

    /**
     * @param timeout time limit of one attempt
     * @param maxAttempts attempts per call, the first included; retries only on 429, 5xx and I/O errors
     * @param backoff first retry wait, doubled per retry, with ±50 % jitter; a Retry-After header wins
     * @param maxRetryWait the longest wait between attempts, Retry-After included
     * @param bulkhead calls in flight per provider
     * @param bulkheadWait how long a call waits for a bulkhead slot before it is rejected
     * @param failureRate failure percentage over the window that opens the circuit
     * @param window calls in the circuit breaker's sliding window
     * @param minimumCalls calls before the failure rate counts
     * @param openFor how long an open circuit refuses calls before it lets a few through
     */
    public record Resilience(Duration timeout, int maxAttempts, Duration backoff, Duration maxRetryWait, int bulkhead,
            Duration bulkheadWait, float failureRate, int window, int minimumCalls, Duration openFor) {
    }

    /** @param costMicros price of the main request, micro-AUD; {@code extraCostMicros} of the follow-up request */
    public record Api(String baseUrl, String apiKey, long costMicros, long extraCostMicros) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank() && baseUrl != null && !baseUrl.isBlank();
        }
    }

    public record Providers(Api hunter, Api apollo, Api dataforseo, Api premium, int dataforseoLocationCode) {
    }

    /**
     * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (tests and the
     *     local stack only)
     * @param timeout time limit of one page request, headers and body
     * @param maxBytes bytes read of one page; the rest is not downloaded
     * @param hostOverrides host name → {@code http://host:port} to fetch instead, like curl's --resolve
     */
    public record Website(boolean enabled, boolean allowPrivateAddresses, Duration timeout, int maxBytes, int maxRedirects,
            int maxExtraPages, String userAgent, Duration budget, int bulkhead, Map<String, String> hostOverrides) {
    }
}
