package com.agencyos.localstack;

import com.agencyos.localstack.component.Keycloak;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access tokens from the local Keycloak through the public {@code agency-cli} client (password grant). */
public final class Tokens {

    public static final String CLI_CLIENT = "agency-cli";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String issuer;

    public Tokens(HttpClient http) {
        this(http, Keycloak.ISSUER);
    }

    Tokens(HttpClient http, String issuer) {
        this.http = http;
        this.issuer = issuer;
    }

    public String passwordGrant(String username, String password) throws IOException, InterruptedException {
        return request(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    public String clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String request(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body().isBlank() ? "{}" : response.body());
        if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new IOException("Keycloak answered " + response.statusCode() + ": "
                    + json.path("error_description").asString(json.path("error").asString(response.body())));
        }
        return json.get("access_token").asString();
    }
}
