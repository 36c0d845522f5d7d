package com.agencyos.ingest.config;

import com.agencyos.ingest.reply.adapter.llm.LlmReplyClassifier;
import com.agencyos.ingest.reply.domain.BuiltinReplyClassifier;
import com.agencyos.ingest.reply.domain.ReplyClassifier;
import com.agencyos.ingest.tenant.application.IntakeRateLimits;
import com.agencyos.ingest.webhook.application.WebhookSettings;
import com.agencyos.ingest.webhook.domain.SecretsKey;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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

    /**
     * The offline classifier, whose model ships on the classpath; with {@code AGENCYOS_LLM_BASE_URL} set, an
     * OpenAI-compatible model decides first and the offline one answers whenever the model does not in time.
     */
    @Bean
    ReplyClassifier replyClassifier(IngestProperties properties) {
        BuiltinReplyClassifier builtin = BuiltinReplyClassifier.withShippedModel();
        var llm = properties.llm();
        return llm.enabled() ? new LlmReplyClassifier(llm.baseUrl(), llm.apiKey(), llm.model(), llm.timeout(), builtin) : builtin;
    }

    /** Monotonic time, so a wall-clock step never refills or drains a bucket. */
    @Bean
    IntakeRateLimits intakeRateLimits(IngestProperties properties) {
        var config = properties.intakeRateLimit();
        Map<UUID, IntakeRateLimits.Limit> perTenant = new HashMap<>();
        config.tenants().forEach((tenant, limit) -> perTenant.put(tenant, new IntakeRateLimits.Limit(limit.burst(), limit.perSecond())));
        return new IntakeRateLimits(new IntakeRateLimits.Limit(config.burst(), config.perSecond()), perTenant, System::nanoTime);
    }
}
