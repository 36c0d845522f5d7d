package com.agencyos.ingest.config;

import com.agencyos.ingest.webhook.application.WebhookSettings;
import com.agencyos.ingest.webhook.domain.SecretsKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** Read once at start: a missing or malformed key stops the service instead of failing every webhook. */
    @Bean
    SecretsKey secretsKey(IngestProperties properties) {
        return SecretsKey.parse(properties.secretsKey());
    }

    @Bean
    WebhookSettings webhookSettings(IngestProperties properties) {
        return new WebhookSettings(properties.signatureTolerance());
    }
}
