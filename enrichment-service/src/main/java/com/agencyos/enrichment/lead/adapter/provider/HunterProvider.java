package com.agencyos.enrichment.lead.adapter.provider;

import static com.agencyos.enrichment.lead.adapter.provider.ProviderHttp.number;
import static com.agencyos.enrichment.lead.adapter.provider.ProviderHttp.text;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Hunter API v2: {@code GET /v2/email-verifier?email=&api_key=} for every lead (data.status {@code valid} /
 * {@code invalid} / {@code accept_all} / {@code webmail} / {@code disposable} / {@code unknown}, data.score 0–100), then
 * {@code GET /v2/email-finder?domain=&first_name=&last_name=&api_key=} when the person has a name and a company domain
 * but no title or LinkedIn yet (data.position, data.linkedin_url, data.company, data.score).
 */
class HunterProvider extends HttpProvider {

    HunterProvider(EnrichmentProperties.Api settings, EnrichmentProperties.Resilience resilience, Clock clock) {
        super("hunter", settings, resilience, clock);
    }

    @Override
    public int tier() {
        return 1;
    }

    @Override
    public CacheKey.Scope scope() {
        return CacheKey.Scope.person;
    }

    @Override
    public boolean appliesTo(LeadQuery query) {
        return query.email() != null;
    }

    @Override
    protected Mono<ProviderResult> call(LeadQuery query) {
        ProviderAnswer.Builder answer = answer();
        Mono<Long> verified = send(request(uri("/v2/email-verifier", params("email", query.email()))).GET().build())
                .map(body -> {
                    JsonNode data = body.path("data");
                    String status = text(data, "status");
                    double score = number(data, "score") == null ? 50 : number(data, "score");
                    double confidence = Math.max(0.5, Math.min(0.99, score / 100));
                    Boolean exists = "valid".equals(status) ? Boolean.TRUE : "invalid".equals(status) ? Boolean.FALSE : null;
                    answer.put(Field.EMAIL_VERIFIED, exists, confidence);
                    return settings.costMicros();
                })
                .defaultIfEmpty(settings.costMicros());
        boolean find = query.hasPersonName() && query.domain() != null && (query.title() == null || query.linkedinUrl() == null);
        Mono<Long> found = !find ? Mono.just(0L) : send(request(uri("/v2/email-finder",
                params("domain", query.domain(), "first_name", query.firstName(), "last_name", query.lastName())))
                .GET().build())
                .map(body -> {
                    JsonNode data = body.path("data");
                    if (query.email().equalsIgnoreCase(String.valueOf(text(data, "email")))) {
                        double confidence = number(data, "score") == null ? 0.6 : Math.min(0.95, number(data, "score") / 100);
                        answer.put(Field.TITLE, text(data, "position"), confidence)
                                .put(Field.LINKEDIN_URL, text(data, "linkedin_url"), confidence)
                                .put(Field.COMPANY_NAME, text(data, "company"), Math.min(confidence, 0.7));
                    }
                    return settings.extraCostMicros();
                })
                .defaultIfEmpty(settings.extraCostMicros())
                .onErrorResume(e -> Mono.just(0L));
        return verified.flatMap(cost -> found.map(extra -> result(answer.build(), cost + extra)));
    }

    private Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        params.put("api_key", settings.apiKey());
        return params;
    }
}
