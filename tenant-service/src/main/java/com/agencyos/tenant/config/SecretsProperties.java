package com.agencyos.tenant.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param key base64 of the 32-byte AES-256-GCM key ({@code AGENCYOS_SECRETS_KEY}) that encrypts webhook secrets
 *     at rest and seals them on {@code tenant.secrets}
 * @param maxActiveWebhookSecrets active webhook secrets a tenant may hold at once
 */
@ConfigurationProperties("agencyos.secrets")
public record SecretsProperties(String key, @DefaultValue("5") int maxActiveWebhookSecrets) {

    /** Keeps the key out of anything that prints the configuration. */
    @Override
    public String toString() {
        return "SecretsProperties[key=<redacted>, maxActiveWebhookSecrets=" + maxActiveWebhookSecrets + "]";
    }
}
