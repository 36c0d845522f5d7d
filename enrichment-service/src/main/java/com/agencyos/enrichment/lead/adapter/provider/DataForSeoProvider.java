package com.agencyos.enrichment.lead.adapter.provider;

import static com.agencyos.enrichment.lead.adapter.provider.ProviderHttp.number;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CacheKey;
import com.agencyos.enrichment.lead.domain.Field;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * DataForSEO v3, HTTP basic auth ({@code apiKey} is {@code login:password}), JSON arrays of tasks:
 * {@code POST /v3/dataforseo_labs/google/domain_rank_overview/live} for organic traffic (metrics.organic.etv) and
 * top-10 keywords (pos_1 + pos_2_3 + pos_4_10), then {@code POST /v3/backlinks/summary/live} for the domain rank
 * and the backlinks spam score. A task status other than 20000 counts as no data (404-like codes) or an error.
 */
class DataForSeoProvider extends HttpProvider {

    private final int locationCode;

    DataForSeoProvider(EnrichmentProperties.Api settings, EnrichmentProperties.Resilience resilience, Clock clock,
            int locationCode) {
        super("dataforseo", settings, resilience, clock);
        this.locationCode = locationCode;
    }

    @Override
    public int tier() {
        return 1;
    }

    @Override
    public CacheKey.Scope scope() {
        return CacheKey.Scope.company;
    }

    @Override
    public boolean appliesTo(LeadQuery query) {
        return query.domain() != null;
    }

    @Override
    protected Mono<ProviderResult> call(LeadQuery query) {
        ProviderAnswer.Builder answer = answer();
        Mono<JsonNode> overview = post("/v3/dataforseo_labs/google/domain_rank_overview/live",
                List.of(Map.of("target", query.domain(), "location_code", locationCode, "language_code", "en")));
        Mono<JsonNode> backlinks = post("/v3/backlinks/summary/live", List.of(Map.of("target", query.domain())));
        return overview.map(result -> {
            JsonNode organic = result.path("items").path(0).path("metrics").path("organic");
            answer.put(Field.ORGANIC_TRAFFIC, number(organic, "etv"), 0.8);
            if (organic.isObject()) {
                int top10 = organic.path("pos_1").asInt(0) + organic.path("pos_2_3").asInt(0) + organic.path("pos_4_10").asInt(0);
                answer.put(Field.TOP10_KEYWORDS, top10, 0.8);
            }
            return true;
        }).defaultIfEmpty(true).then(backlinks.map(result -> {
            answer.put(Field.DOMAIN_RANK, number(result, "rank"), 0.95)
                    .put(Field.SPAM_SCORE, number(result, "backlinks_spam_score"), 0.9);
            return true;
        }).defaultIfEmpty(true)).map(done -> result(answer.build(), settings.costMicros() + settings.extraCostMicros()));
    }

    /** The first result of the single task sent, or empty when the task found nothing. */
    private Mono<JsonNode> post(String path, Object tasks) {
        String credentials = Base64.getEncoder().encodeToString(settings.apiKey().getBytes(StandardCharsets.UTF_8));
        return send(request(uri(path, Map.of())).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json").POST(json(tasks)).build())
                .flatMap(body -> {
                    int status = body.path("status_code").asInt(0);
                    JsonNode task = body.path("tasks").path(0);
                    int taskStatus = task.path("status_code").asInt(0);
                    if (status != 20000 || !task.isObject()) {
                        return Mono.error(new ProviderHttpException(status >= 50000 ? 503 : 400, null));
                    }
                    if (taskStatus != 20000) {
                        return taskStatus >= 40400 && taskStatus < 40500 || taskStatus == 40102 ? Mono.empty()
                                : Mono.error(new ProviderHttpException(taskStatus >= 50000 ? 503 : 400, null));
                    }
                    JsonNode result = task.path("result").path(0);
                    return result.isObject() ? Mono.just(result) : Mono.empty();
                });
    }
}
