package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.platform.events.EventJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON answers over HTTP for the provider adapters. A 2xx body must be a JSON object (anything else is malformed, never
 * retried); any other status is a {@link ProviderHttpException} carrying Retry-After and the provider's own error words
 * (Twilio {@code code}/{@code message}, Vapi {@code message}, Lob {@code error.message}). Requests carry credentials,
 * so they are never logged.
 */
final class ProviderHttp {

    private static final int MAX_DETAIL = 300;

    private final HttpClient client;

    ProviderHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Mono<JsonNode> send(HttpRequest request) {
        return Mono.fromFuture(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).flatMap(response -> {
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                return Mono.error(new ProviderHttpException(status, retryAfter(response.headers().firstValue("Retry-After").orElse(null)),
                        errorDetail(response.body())));
            }
            JsonNode body = parse(response.body());
            return body == null || !body.isObject()
                    ? Mono.error(new MalformedAnswerException("the answer is not a JSON object", null))
                    : Mono.just(body);
        });
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : EventJson.mapper().readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The provider's own explanation of an error, shortened; null when the body says nothing readable. */
    static String errorDetail(String body) {
        JsonNode json = parse(body);
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode error = json.get("error") != null && json.get("error").isObject() ? json.get("error") : json;
        String code = text(error, "code");
        String message = text(error, "message");
        if (message == null) {
            message = text(error, "errorMessage");
        }
        String detail = code == null ? message : message == null ? code : code + " " + message;
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    /** {@code Retry-After} as seconds; an HTTP date or garbage is ignored and the backoff applies. */
    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isObject() || value.isArray() ? null : value.asString();
    }

    /** A field the provider documents as always present in a success answer. */
    static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new MalformedAnswerException("the answer has no " + field, null);
        }
        return value;
    }
}
