package com.agencyos.outreach.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    static final UUID ID = UUID.fromString("a9d8c7b6-5e4f-4a3b-9c2d-1e0f0a1b2c01");

    @Test
    void isTheUuidAtOurDomainInAngleBrackets() {
        assertThat(MessageIds.mint(ID, "outreach.agencyos.local"))
                .isEqualTo("<a9d8c7b6-5e4f-4a3b-9c2d-1e0f0a1b2c01@outreach.agencyos.local>")
                .matches("^<[^<>\\s]+@[^<>\\s]+>$");
    }

    @Test
    void normalisesTheDomainCase() {
        assertThat(MessageIds.mint(ID, " Mail.AcmeAgency.com.au ")).endsWith("@mail.acmeagency.com.au>");
    }

    @Test
    void refusesSomethingThatIsNotADomain() {
        for (String bad : new String[] {"", "localhost", "bad domain.com", "x>@y.com", "-a.com", null}) {
            assertThatThrownBy(() -> MessageIds.mint(ID, bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
