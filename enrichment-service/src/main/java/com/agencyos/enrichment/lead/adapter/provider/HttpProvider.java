package com.agencyos.enrichment.lead.adapter.provider;

import com.agencyos.enrichment.config.EnrichmentProperties;
import com.agencyos.enrichment.lead.application.EnrichmentProvider;
import com.agencyos.enrichment.lead.application.ProviderResult;
import com.agencyos.enrichment.lead.domain.CallOutcome;
import com.agencyos.enrichment.lead.domain.LeadQuery;
import com.agencyos.enrichment.lead.domain.ProviderAnswer;
import com.agencyos.platform.events.EventJson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** What the paid API adapters share: enabled by an API key, every request through the provider's resilience. */
abstract class HttpProvider implements EnrichmentProvider {

    private static final Logger log = LoggerFactory.getLogger(HttpProvider.class);

    protected final EnrichmentProperties.Api settings;
    protected final Clock clock;
    private final String name;
    private final ProviderHttp http;
    private final Resilience resilience;
    private final java.time.Duration requestTimeout;

    HttpProvider(String name, EnrichmentProperties.Api settings, EnrichmentProperties.Resilience resilience, Clock clock) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.http = new ProviderHttp(resilience.timeout());
        this.resilience = new Resilience(name, resilience);
        this.requestTimeout = resilience.timeout();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean enabled() {
        return settings != null && settings.configured();
    }

    @Override
    public final Mono<ProviderResult> fetch(LeadQuery query) {
        return Mono.defer(() -> call(query)).onErrorResume(error -> {
            CallOutcome outcome = Resilience.outcomeOf(error);
            log.warn("{} call failed: {} ({})", name, outcome, error.getClass().getSimpleName() + ": " + error.getMessage());
            return Mono.just(ProviderResult.failed(outcome));
        });
    }

    /** The provider's requests for one lead; errors are turned into outcomes by {@link #fetch}. */
    protected abstract Mono<ProviderResult> call(LeadQuery query);

    protected Mono<JsonNode> send(HttpRequest request) {
        return resilience.protect(http.send(request));
    }

    protected ProviderAnswer.Builder answer() {
        return ProviderAnswer.from(name, clock.instant());
    }

    protected ProviderResult result(ProviderAnswer answer, long costMicros) {
        return new ProviderResult(answer.hasData() ? CallOutcome.hit : CallOutcome.miss, answer, costMicros);
    }

    protected URI uri(String path, Map<String, String> query) {
        String base = settings.baseUrl().replaceAll("/+$", "");
        String params = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (params.isEmpty() ? "" : "?" + params));
    }

    protected HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
    }

    protected static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(EventJson.write(body));
    }

    Resilience resilience() {
        return resilience;
    }
}
