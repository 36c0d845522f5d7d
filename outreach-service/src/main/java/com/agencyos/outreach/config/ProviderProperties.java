package com.agencyos.outreach.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The non-email channels' providers. Each is enabled only when its key is set; the base URLs default to the providers'
 * public APIs and are overridden by tests and the local stack.
 *
 * @param resilience the protection every provider call gets (one circuit, bulkhead and retry per provider)
 */
@ConfigurationProperties("agencyos.outreach.providers")
public record ProviderProperties(@DefaultValue Resilience resilience, @DefaultValue Twilio twilio, @DefaultValue HeyReach heyreach,
        @DefaultValue Vapi vapi, @DefaultValue Lob lob) {

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
    public record Resilience(@DefaultValue("10s") Duration timeout, @DefaultValue("3") int maxAttempts,
            @DefaultValue("500ms") Duration backoff, @DefaultValue("10s") Duration maxRetryWait, @DefaultValue("8") int bulkhead,
            @DefaultValue("2s") Duration bulkheadWait, @DefaultValue("50") float failureRate, @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls, @DefaultValue("60s") Duration openFor) {
    }

    /** SMS. {@code from} is the default sender number when the step's resource gives none. */
    public record Twilio(@DefaultValue("https://api.twilio.com") String baseUrl, @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken, @DefaultValue("") String from) {

        public boolean configured() {
            return set(baseUrl) && set(accountSid) && set(authToken);
        }
    }

    /**
     * LinkedIn. HeyReach sends through one of its campaigns, whose message step uses the {@code {message}} custom field.
     *
     * @param campaignId that campaign (it must be active in HeyReach)
     * @param linkedinAccountId the default seat (HeyReach's LinkedIn account id) when the step's resource gives none
     */
    public record HeyReach(@DefaultValue("https://api.heyreach.io") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("0") long campaignId, @DefaultValue("") String linkedinAccountId) {

        public boolean configured() {
            return set(baseUrl) && set(apiKey) && campaignId > 0;
        }
    }

    /** Voice: an outbound call by a Vapi assistant from a Vapi phone number. */
    public record Vapi(@DefaultValue("https://api.vapi.ai") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("") String assistantId, @DefaultValue("") String phoneNumberId) {

        public boolean configured() {
            return set(baseUrl) && set(apiKey) && set(assistantId) && set(phoneNumberId);
        }
    }

    /** Letters. {@code color} prints in colour (dearer). */
    public record Lob(@DefaultValue("https://api.lob.com") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("false") boolean color) {

        public boolean configured() {
            return set(baseUrl) && set(apiKey);
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
