package com.agencyos.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void generatesEverySecretOnFirstUse() {
        Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.env"));

        assertThat(secrets.asMap()).containsOnlyKeys(Secrets.DEMO_PASSWORD, Secrets.SECRETS_KEY,
                Secrets.KEYCLOAK_ADMIN_PASSWORD, Secrets.INTEGRATION_ACME_SECRET, Secrets.PROVISIONING_SECRET);
        assertThat(secrets.asMap().values()).allSatisfy(value -> assertThat(value).hasSizeGreaterThanOrEqualTo(16));
    }

    @Test
    void secretsKeyIsThirtyTwoRandomBytesInBase64() {
        Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.env"));

        assertThat(Base64.getDecoder().decode(secrets.get(Secrets.SECRETS_KEY))).hasSize(32);
    }

    @Test
    void demoPasswordAvoidsCharactersThatReadAlike() {
        Secrets secrets = Secrets.loadOrCreate(home.resolve("secrets.env"));

        assertThat(secrets.get(Secrets.DEMO_PASSWORD)).matches("([a-km-zA-HJ-NP-Z2-9]{4}-){3}[a-km-zA-HJ-NP-Z2-9]{4}");
    }

    @Test
    void keepsTheSameSecretsAcrossRuns() {
        Path file = home.resolve("secrets.env");
        Secrets first = Secrets.loadOrCreate(file);

        Secrets second = Secrets.loadOrCreate(file);

        assertThat(second.asMap()).isEqualTo(first.asMap());
    }

    @Test
    void twoStacksGetDifferentSecrets() {
        Secrets one = Secrets.loadOrCreate(home.resolve("one/secrets.env"));
        Secrets other = Secrets.loadOrCreate(home.resolve("other/secrets.env"));

        assertThat(other.get(Secrets.DEMO_PASSWORD)).isNotEqualTo(one.get(Secrets.DEMO_PASSWORD));
        assertThat(other.get(Secrets.SECRETS_KEY)).isNotEqualTo(one.get(Secrets.SECRETS_KEY));
    }

    @Test
    void addsASecretMissingFromAnOlderFileWithoutTouchingTheOthers() throws IOException {
        Path file = home.resolve("secrets.env");
        Files.writeString(file, "# old file\nAGENCYOS_DEMO_PASSWORD=kept-password\n");

        Secrets secrets = Secrets.loadOrCreate(file, new SecureRandom());

        assertThat(secrets.get(Secrets.DEMO_PASSWORD)).isEqualTo("kept-password");
        assertThat(Secrets.parse(Files.readString(file))).containsKey(Secrets.PROVISIONING_SECRET)
                .containsEntry(Secrets.DEMO_PASSWORD, "kept-password");
    }

    @Test
    void fileIsReadableByItsOwnerOnly() throws IOException {
        Path file = home.resolve("secrets.env");
        Secrets.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void parsingSkipsCommentsAndKeepsEqualsSignsInValues() {
        assertThat(Secrets.parse("# comment\n\nA=b=c\n  B = d \n"))
                .containsOnly(java.util.Map.entry("A", "b=c"), java.util.Map.entry("B", "d"));
    }
}
