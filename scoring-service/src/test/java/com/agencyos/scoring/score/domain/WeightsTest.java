package com.agencyos.scoring.score.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void defaultsToEachComponentsShareOfTheHundredPoints() {
        assertThat(Weights.DEFAULT.asList()).containsExactly(0.20, 0.25, 0.25, 0.15, 0.15);
    }

    @Test
    void learnedPointsBecomeTheirShareOfTheTotal() {
        assertThat(Weights.proportional(20, 25, 25, 15, 15)).isEqualTo(Weights.DEFAULT);
        assertThat(Weights.proportional(18.5, 27, 24, 17.5, 13).asList()).containsExactly(0.185, 0.27, 0.24, 0.175, 0.13);
    }

    @Test
    void rejectsLearnedPointsThatAreAllZeroOrNegative() {
        assertThatThrownBy(() -> Weights.proportional(0, 0, 0, 0, 0)).isInstanceOf(InvalidWeightsException.class);
        assertThatThrownBy(() -> Weights.proportional(10, -1, 0, 0, 0)).isInstanceOf(InvalidWeightsException.class);
    }

    @Test
    void rejectsANegativeWeightNamingTheComponent() {
        assertThatThrownBy(() -> new Weights(0.3, -0.1, 0.4, 0.2, 0.2))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessage("weight for authority must be a non-negative number, was -0.1");
    }

    @Test
    void rejectsWeightsThatAreNotNumbers() {
        assertThatThrownBy(() -> new Weights(Double.NaN, 0.25, 0.25, 0.25, 0.25))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessageContaining("dataQuality");
        assertThatThrownBy(() -> new Weights(0, 0, 0, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessageContaining("risk");
    }

    @Test
    void rejectsWeightsThatDoNotSumToOne() {
        assertThatThrownBy(() -> new Weights(0.2, 0.2, 0.2, 0.2, 0.1))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessageStartingWith("weights must sum to 1, they sum to 0.9");
        assertThatThrownBy(() -> new Weights(0.3, 0.3, 0.3, 0.3, 0))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessageStartingWith("weights must sum to 1");
    }

    @Test
    void toleratesDriftOfAtMostOneBillionth() {
        assertThat(new Weights(0.2, 0.25, 0.25, 0.15, 0.15 + 5e-10).risk()).isEqualTo(0.15 + 5e-10);
        assertThatThrownBy(() -> new Weights(0.2, 0.25, 0.25, 0.15, 0.15 + 2e-9))
                .isInstanceOf(InvalidWeightsException.class);
    }

    @Test
    void acceptsAllWeightOnOneComponent() {
        assertThat(new Weights(0, 1, 0, 0, 0).weight(Component.AUTHORITY)).isEqualTo(1.0);
    }

    @Test
    void readsFiveNumbersInComponentOrder() {
        Weights weights = Weights.of(List.of(0.1, 0.2, 0.3, 0.2, 0.2));

        assertThat(weights).isEqualTo(new Weights(0.1, 0.2, 0.3, 0.2, 0.2));
        assertThat(weights.weight(Component.COMPANY_FIT)).isEqualTo(0.3);
    }

    @Test
    void rejectsAListThatIsNotFiveNumbers() {
        assertThatThrownBy(() -> Weights.of(List.of(0.25, 0.25, 0.25, 0.25)))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessage("weights are five numbers, got 4");
        assertThatThrownBy(() -> Weights.of(null))
                .isInstanceOf(InvalidWeightsException.class);
        assertThatThrownBy(() -> Weights.of(Arrays.asList(0.2, 0.2, 0.2, 0.2, null)))
                .isInstanceOf(InvalidWeightsException.class)
                .hasMessageContaining("null");
    }
}
