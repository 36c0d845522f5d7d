package com.agencyos.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"100, HOT", "85, HOT", "84, WARM", "60, WARM", "59, COOL", "35, COOL", "34, COLD", "20, COLD",
            "19, DEAD", "0, DEAD"})
    void bandsScores(int score, Tier tier) {
        assertThat(Tier.of(score)).isEqualTo(tier);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void rejectsScoresOutsideZeroToHundred(int score) {
        assertThatThrownBy(() -> Tier.of(score)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowsFewerChannelsTheColderTheLead() {
        assertThat(Tier.HOT.allowedChannels())
                .containsExactly(Channel.EMAIL, Channel.LINKEDIN, Channel.VOICE, Channel.SMS, Channel.MAIL);
        assertThat(Tier.WARM.allowedChannels()).containsExactly(Channel.EMAIL, Channel.LINKEDIN, Channel.VOICE);
        assertThat(Tier.COOL.allowedChannels()).containsExactly(Channel.EMAIL, Channel.LINKEDIN);
        assertThat(Tier.COLD.allowedChannels()).containsExactly(Channel.EMAIL);
        assertThat(Tier.DEAD.allowedChannels()).isEmpty();
    }

    @Test
    void travelsAsLowerCaseWireNames() {
        assertThat(Tier.values()).extracting(Tier::wireName).containsExactly("hot", "warm", "cool", "cold", "dead");
        assertThat(Channel.values()).extracting(Channel::wireName)
                .containsExactly("email", "linkedin", "voice", "sms", "mail");
        assertThat(Component.values()).extracting(Component::wireName)
                .containsExactly("dataQuality", "authority", "companyFit", "timing", "risk");
        assertThat(Tier.fromWire("cool")).isEqualTo(Tier.COOL);
        assertThat(Channel.fromWire("sms")).isEqualTo(Channel.SMS);
        assertThatThrownBy(() -> Tier.fromWire("HOT")).isInstanceOf(IllegalArgumentException.class);
    }
}
