package com.agencyos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeployLayoutTest {

    @Test
    void theRealmTheLocalStackImportsIsKeptHere() {
        assertThat(Files.isRegularFile(Path.of("keycloak", "agency-realm.json"))).isTrue();
    }
}
