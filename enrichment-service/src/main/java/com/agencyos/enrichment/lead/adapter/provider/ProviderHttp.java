package com.agencyos.enrichment.lead.adapter.provider;

import com.agencyos.platform.events.EventJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON over HTTP for the provider adapters. A 2xx body is parsed (a malformed one is an error, never retried), 404
 * means the provider knows nothing (empty), 429 and 5xx become retryable errors carrying Retry-After. Request URLs
 * may carry API keys, so they are never logged.
 */
final class ProviderHttp {

    private final HttpClient client;

    ProviderHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Mono<JsonNode> send(HttpRequest request) {
        return Mono.fromFuture(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).flatMap(response -> {
            int status = response.statusCode();
            if (status == 404) {
                return Mono.empty();
            }
            if (status < 200 || status > 299) {
                return Mono.error(new ProviderHttpException(status,
                        Resilience.retryAfter(response.headers().firstValue("Retry-After").orElse(null))));
            }
            try {
                JsonNode body = EventJson.mapper().readTree(response.body());
                if (body == null || !body.isObject() && !body.isArray()) {
                    return Mono.error(new MalformedAnswerException("not a JSON object", null));
                }
                return Mono.just(body);
            } catch (JacksonException e) {
                return Mono.error(new MalformedAnswerException("malformed JSON body", e));
            }
        });
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isObject() || value.isArray() ? null : value.asString();
    }

    static Double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
