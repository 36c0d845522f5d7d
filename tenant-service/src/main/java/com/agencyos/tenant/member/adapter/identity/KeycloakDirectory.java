package com.agencyos.tenant.member.adapter.identity;

import com.agencyos.platform.events.EventJson;
import com.agencyos.tenant.member.application.IdentityDirectory;
import com.agencyos.tenant.member.application.IdentityFailedException;
import com.agencyos.tenant.member.application.IdentityUnavailableException;
import com.agencyos.tenant.member.domain.InitialPassword;
import com.agencyos.tenant.member.domain.Invitation;
import com.agencyos.tenant.member.domain.MemberRole;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * The realm's users through Keycloak's Admin REST API, authenticated as the {@code tenant-provisioning} client's
 * service account (client credentials; its token is reused until shortly before it expires). Plain JSON over
 * WebClient rather than the blocking admin-client jars. A Keycloak that cannot be reached, times out or answers
 * 5xx gives {@link IdentityUnavailableException}; any other unexpected answer {@link IdentityFailedException}.
 * Answers are never copied into exceptions: they may echo what was sent, passwords included.
 */
public class KeycloakDirectory implements IdentityDirectory {

    static final String TENANT_ATTRIBUTE = "tenant_id";

    private final KeycloakProperties properties;
    private final WebClient web;
    private final Clock clock;
    private final AtomicReference<AccessToken> token = new AtomicReference<>();
    private final Map<MemberRole, Map<String, Object>> roleRepresentations = new ConcurrentHashMap<>();

    public KeycloakDirectory(KeycloakProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create().responseTimeout(properties.timeout())))
                .build();
    }

    @Override
    public Mono<Optional<DirectoryUser>> findByEmail(String email) {
        return admin(HttpMethod.GET, adminUri("/users?exact=true&briefRepresentation=false&email={email}", email), null)
                .map(this::json)
                .flatMap(users -> {
                    for (JsonNode user : users) {
                        if (email.equalsIgnoreCase(text(user, "email")) || email.equalsIgnoreCase(text(user, "username"))) {
                            String userId = text(user, "id");
                            Optional<UUID> tenant = tenantOf(user);
                            return realmRoles(userId).map(role -> Optional.of(new DirectoryUser(userId, tenant, role)));
                        }
                    }
                    return Mono.just(Optional.<DirectoryUser>empty());
                });
    }

    @Override
    public Mono<String> create(UUID tenantId, Invitation invitation, InitialPassword password) {
        Map<String, Object> user = Map.of(
                "username", invitation.email(),
                "email", invitation.email(),
                "emailVerified", true,
                "enabled", true,
                "firstName", invitation.firstName(),
                "lastName", invitation.lastName(),
                "attributes", Map.of(TENANT_ATTRIBUTE, List.of(tenantId.toString())),
                "credentials", List.of(Map.of("type", "password", "value", password.value(), "temporary", false)));
        return withToken(bearer -> web.post().uri(adminUri("/users")).headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(user)
                .exchangeToMono(response -> {
                    if (response.statusCode().value() == 201) {
                        URI location = response.headers().asHttpHeaders().getLocation();
                        return response.releaseBody().then(location == null
                                ? Mono.error(new IdentityFailedException("Keycloak created a user without naming it"))
                                : Mono.just(lastSegment(location)));
                    }
                    return failure(response, "create a user");
                }));
    }

    @Override
    public Mono<Void> resetPassword(String userId, InitialPassword password) {
        return admin(HttpMethod.PUT, adminUri("/users/{id}/reset-password", userId),
                Map.of("type", "password", "value", password.value(), "temporary", false)).then();
    }

    @Override
    public Mono<Void> grantRole(String userId, MemberRole role) {
        return role(role).flatMap(representation -> admin(HttpMethod.POST,
                adminUri("/users/{id}/role-mappings/realm", userId), List.of(representation))).then();
    }

    @Override
    public Mono<Void> changeRole(String userId, MemberRole from, MemberRole to) {
        return grantRole(userId, to)
                .then(role(from).flatMap(representation -> admin(HttpMethod.DELETE,
                        adminUri("/users/{id}/role-mappings/realm", userId), List.of(representation))))
                .then();
    }

    @Override
    public Mono<Void> delete(String userId) {
        return withToken(bearer -> web.delete().uri(adminUri("/users/{id}", userId)).headers(h -> h.setBearerAuth(bearer))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful() || response.statusCode().value() == 404
                        ? response.releaseBody()
                        : failure(response, "delete a user")));
    }

    private Mono<Optional<MemberRole>> realmRoles(String userId) {
        return admin(HttpMethod.GET, adminUri("/users/{id}/role-mappings/realm", userId), null)
                .map(this::json)
                .map(roles -> {
                    List<String> names = new ArrayList<>();
                    roles.forEach(role -> names.add(text(role, "name")));
                    return MemberRole.strongestOf(names);
                });
    }

    private Mono<Map<String, Object>> role(MemberRole role) {
        Map<String, Object> cached = roleRepresentations.get(role);
        if (cached != null) {
            return Mono.just(cached);
        }
        return admin(HttpMethod.GET, adminUri("/roles/{name}", role.name()), null)
                .map(this::json)
                .map(node -> {
                    Map<String, Object> representation = Map.of("id", text(node, "id"), "name", text(node, "name"));
                    roleRepresentations.put(role, representation);
                    return representation;
                });
    }

    /** One Admin API call; emits the body ("" when there is none) of a 2xx answer. */
    private Mono<String> admin(HttpMethod method, URI uri, Object body) {
        return withToken(bearer -> {
            var request = web.method(method).uri(uri).headers(h -> h.setBearerAuth(bearer));
            var ready = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromValue(body));
            return ready.exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                    ? response.bodyToMono(String.class).defaultIfEmpty("")
                    : failure(response, method + " " + uri.getPath()));
        });
    }

    private <T> Mono<T> withToken(Function<String, Mono<T>> call) {
        return accessToken().flatMap(call).onErrorMap(KeycloakDirectory::translate);
    }

    private Mono<String> accessToken() {
        AccessToken current = token.get();
        if (current != null && current.validAt(clock.instant())) {
            return Mono.just(current.value());
        }
        return web.post().uri(URI.create(properties.url() + "/realms/" + properties.realm() + "/protocol/openid-connect/token"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", properties.clientId())
                        .with("client_secret", properties.clientSecret()))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(String.class)
                        : failure(response, "obtain a service-account token"))
                .map(body -> {
                    JsonNode answer = json(body);
                    String value = text(answer, "access_token");
                    if (value == null || value.isBlank()) {
                        throw new IdentityFailedException("Keycloak's token answer carries no access_token");
                    }
                    long lifetime = answer.has("expires_in") ? answer.get("expires_in").asLong() : 60;
                    // Renewed 30 s early (or at half-life for short tokens) so a token never expires in flight.
                    AccessToken fresh = new AccessToken(value, clock.instant().plusSeconds(Math.max(1, Math.min(lifetime - 30, lifetime / 2))));
                    token.set(fresh);
                    return value;
                });
    }

    private static <T> Mono<T> failure(ClientResponse response, String what) {
        HttpStatusCode status = response.statusCode();
        RuntimeException error = status.is5xxServerError()
                ? new IdentityUnavailableException("Keycloak answered " + status.value() + " to " + what)
                : new IdentityFailedException("Keycloak answered " + status.value() + " to " + what);
        return response.releaseBody().then(Mono.error(error));
    }

    private static Throwable translate(Throwable error) {
        if (error instanceof IdentityUnavailableException || error instanceof IdentityFailedException) {
            return error;
        }
        if (error instanceof WebClientRequestException || error instanceof TimeoutException
                || error.getCause() instanceof TimeoutException) {
            return new IdentityUnavailableException("Keycloak cannot be reached: " + error.getClass().getSimpleName(), error);
        }
        return new IdentityFailedException("Keycloak call failed: " + error.getClass().getSimpleName(), error);
    }

    private URI adminUri(String path, Object... variables) {
        return UriComponentsBuilder.fromUriString(properties.url() + "/admin/realms/" + properties.realm() + path)
                .encode().buildAndExpand(variables).toUri();
    }

    private JsonNode json(String body) {
        try {
            return EventJson.tree(body);
        } catch (RuntimeException e) {
            throw new IdentityFailedException("Keycloak answered malformed JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Optional<UUID> tenantOf(JsonNode user) {
        JsonNode values = user.path("attributes").path(TENANT_ATTRIBUTE);
        if (!values.isArray() || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(values.get(0).asString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String lastSegment(URI location) {
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private record AccessToken(String value, Instant renewAt) {

        boolean validAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "AccessToken[<redacted>]";
        }
    }
}
