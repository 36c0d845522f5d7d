package com.agencyos.tenant.config;

import com.agencyos.tenant.secret.domain.SecretPolicy;
import com.agencyos.tenant.secret.domain.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);
    /** What the development key in application.yml decodes to starts with this, so it can be recognised. */
    static final String DEVELOPMENT_KEY_MARKER = "agencyos-local-dev-only";

    @Bean
    SecretSealer secretSealer(SecretsProperties properties) {
        if (properties.key() == null || properties.key().isBlank()) {
            throw new IllegalStateException("AGENCYOS_SECRETS_KEY (agencyos.secrets.key) must be set");
        }
        SecretSealer sealer;
        try {
            sealer = SecretSealer.fromBase64Key(properties.key());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("AGENCYOS_SECRETS_KEY must be base64 of " + SecretSealer.KEY_BYTES
                    + " random bytes: " + e.getMessage());
        }
        if (isDevelopmentKey(properties.key())) {
            log.warn("Webhook secrets are encrypted with the public DEVELOPMENT key from application.yml; "
                    + "set AGENCYOS_SECRETS_KEY everywhere but on a developer's machine");
        }
        return sealer;
    }

    @Bean
    SecretPolicy secretPolicy(SecretsProperties properties) {
        return new SecretPolicy(properties.maxActiveWebhookSecrets());
    }

    static boolean isDevelopmentKey(String base64Key) {
        return new String(Base64.getDecoder().decode(base64Key.trim()), StandardCharsets.ISO_8859_1)
                .startsWith(DEVELOPMENT_KEY_MARKER);
    }
}
