package com.agencyos.playbook.account.adapter.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional OpenAI-compatible writer ({@code agencyos.playbook.llm.*}); off unless {@code enabled} and a base URL
 * are set. Costs are AUD per 1,000 tokens; the budget is per tenant and UTC day.
 */
@ConfigurationProperties("agencyos.playbook.llm")
public record LlmProperties(boolean enabled, String baseUrl, String apiKey, String model, Duration timeout,
        double dailyBudgetAud, double inputAudPer1kTokens, double outputAudPer1kTokens) {

    public LlmProperties {
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    public boolean usable() {
        return enabled && baseUrl != null && !baseUrl.isBlank();
    }
}
