package com.agencyos.ingest.config;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param secretsKey the platform key that seals tenant secrets ({@code AGENCYOS_SECRETS_KEY}): 64 hex digits or
 *     base64 of 32 bytes
 * @param signatureTolerance how far a signed request's timestamp may be from our clock, either way
 * @param maxBodySize the largest request body intake reads; larger ones answer 413 unread
 * @param publicBaseUrl scheme and host the providers call us on ({@code AGENCYOS_PUBLIC_BASE_URL}, e.g.
 *     {@code https://hooks.agency.example}); HubSpot signs the URL it was configured with, which a proxy hides from
 *     us. Unset, the request's own scheme and host are used.
 * @param llm the optional OpenAI-compatible reply classifier; unused unless {@code baseUrl} is set
 * @param intakeRateLimit per-tenant token buckets on the public lead webhooks, per instance
 */
@ConfigurationProperties("agencyos.ingest")
public record IngestProperties(
        String secretsKey,
        @DefaultValue("300s") Duration signatureTolerance,
        @DefaultValue("1MB") DataSize maxBodySize,
        String publicBaseUrl,
        @DefaultValue Llm llm,
        @DefaultValue IntakeRateLimit intakeRateLimit) {

    /**
     * @param burst requests a tenant may send at once after a quiet spell
     * @param perSecond the sustained rate a tenant's bucket refills at
     * @param tenants tenants with their own limit, by tenant id
     */
    public record IntakeRateLimit(@DefaultValue("200") int burst, @DefaultValue("20") double perSecond,
            Map<UUID, TenantLimit> tenants) {

        public IntakeRateLimit {
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        }
    }

    public record TenantLimit(int burst, double perSecond) {
    }

    /**
     * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} ({@code AGENCYOS_LLM_BASE_URL})
     * @param apiKey sent as a bearer token ({@code AGENCYOS_LLM_API_KEY}); never logged
     * @param timeout how long one classification may wait for the model before the built-in one answers
     */
    public record Llm(String baseUrl, String apiKey, @DefaultValue("gpt-4o-mini") String model,
            @DefaultValue("3s") Duration timeout) {

        public boolean enabled() {
            return baseUrl != null && !baseUrl.isBlank();
        }

        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl + ", apiKey=redacted, model=" + model + ", timeout=" + timeout + "]";
        }
    }

    @Override
    public String toString() {
        return "IngestProperties[secretsKey=redacted, signatureTolerance=" + signatureTolerance + ", maxBodySize="
                + maxBodySize + ", publicBaseUrl=" + publicBaseUrl + ", llm=" + llm
                + ", intakeRateLimit=" + intakeRateLimit + "]";
    }
}
