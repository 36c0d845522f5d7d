package com.agencyos.localstack.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm file's promises that the token claims depend on; InfraStackIT checks real tokens. */
class RealmFileTest {

    private static final Path REALM = Path.of("../../deploy/keycloak/agency-realm.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String text = read();
    private final JsonNode realm = JSON.readTree(text);

    @Test
    void declaresTheFivePlatformRoles() {
        assertThat(texts(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder("owner", "admin", "member", "viewer", "platform_admin");
    }

    @Test
    void everyClientMapsTenantRolesAndAudience() {
        for (JsonNode client : realm.path("clients")) {
            List<String> mappers = texts(client.path("protocolMappers"), "protocolMapper");
            assertThat(mappers).as(client.path("clientId").asString())
                    .contains("oidc-usermodel-attribute-mapper", "oidc-usermodel-realm-role-mapper", "oidc-audience-mapper");
            for (JsonNode mapper : client.path("protocolMappers")) {
                if (mapper.path("protocolMapper").asString().equals("oidc-audience-mapper")) {
                    assertThat(mapper.path("config").path("included.custom.audience").asString()).isEqualTo("agency-api");
                }
                if (mapper.path("protocolMapper").asString().equals("oidc-usermodel-realm-role-mapper")) {
                    assertThat(mapper.path("config").path("claim.name").asString()).isEqualTo("roles");
                    assertThat(mapper.path("config").path("multivalued").asString()).isEqualTo("true");
                }
            }
        }
    }

    @Test
    void commitsNoSecretOnlyPlaceholdersTheLauncherFillsIn() {
        assertThat(client("agency-integration-acme").path("secret").asString()).isEqualTo("${AGENCYOS_INTEGRATION_ACME_SECRET}");
        assertThat(client("tenant-provisioning").path("secret").asString()).isEqualTo("${AGENCYOS_PROVISIONING_SECRET}");
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                assertThat(credential.path("value").asString()).isEqualTo("${AGENCYOS_DEMO_PASSWORD}");
                assertThat(credential.path("temporary").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void browserClientIsPublicWithPkceAndCliClientHasOnlyThePasswordGrant() {
        JsonNode web = client("agency-web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();

        JsonNode cli = client("agency-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void demoUsersBelongToTheirTenants() {
        assertThat(user("owner@acme.test").path("attributes").path("tenant_id").get(0).asString())
                .isEqualTo("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0001");
        assertThat(user("viewer@globex.test").path("attributes").path("tenant_id").get(0).asString())
                .isEqualTo("7d1c0e4a-1f7b-4c59-9a7e-2f5f0f0a0002");
        assertThat(user("admin@agencyos.test").path("attributes").has("tenant_id")).isFalse();
        assertThat(texts(user("admin@agencyos.test").path("realmRoles"), null)).containsExactly("platform_admin");
    }

    @Test
    void onlyAdminsMayEditTheTenantAttribute() {
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asString());
        JsonNode tenant = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asString().equals("tenant_id")) {
                tenant = attribute;
            }
        }
        assertThat(tenant).isNotNull();
        assertThat(texts(tenant.path("permissions").path("edit"), null)).containsExactly("admin");
    }

    @Test
    void accessTokensLiveFiveMinutes() {
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    }

    @Test
    void realmFingerprintChangesWhenASecretChanges() throws IOException {
        Path dir = Files.createTempDirectory("secrets");
        var one = com.agencyos.localstack.Secrets.loadOrCreate(dir.resolve("one.env"));
        var other = com.agencyos.localstack.Secrets.loadOrCreate(dir.resolve("other.env"));

        assertThat(Keycloak.realmFingerprint(text, one)).isEqualTo(Keycloak.realmFingerprint(text, one))
                .isNotEqualTo(Keycloak.realmFingerprint(text, other));
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asString() : node.path(field).asString()));
        return values;
    }

    private static String read() {
        try {
            return Files.readString(REALM);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
