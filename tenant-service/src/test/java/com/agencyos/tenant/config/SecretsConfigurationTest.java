package com.agencyos.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecretsConfigurationTest {

    @Test
    void theFallbackKeyInApplicationYmlIsTheRecognisableDevelopmentKey() throws IOException {
        String yml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher fallback = Pattern.compile("\\$\\{AGENCYOS_SECRETS_KEY:([^}]+)}").matcher(yml);

        assertThat(fallback.find()).as("application.yml reads AGENCYOS_SECRETS_KEY with a fallback").isTrue();
        assertThat(SecretsConfiguration.isDevelopmentKey(fallback.group(1))).isTrue();
        assertThat(yml).contains("DEVELOPMENT-ONLY");
    }

    @Test
    void aGeneratedKeyIsNotMistakenForTheDevelopmentKey() {
        assertThat(SecretsConfiguration.isDevelopmentKey("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")).isFalse();
    }

    @Test
    void thePropertiesNeverPrintTheKey() {
        assertThat(new SecretsProperties("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", 5).toString())
                .doesNotContain("AAECAwQF");
    }
}
