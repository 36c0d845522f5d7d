package com.agencyos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void signsWebhooksExactlyAsTheDocumentedTestVector() {
        assertThat(PipelineBench.hmac("whsec_test_0001", "1763769600." + "{\"email\":\"jo.bloggs@acme.com.au\",\"firstName\":\"Jo\"}"))
                .isEqualTo("a0eabbac14370c6b92af2bece0e269b4398ee71f080d5c8fcf3bf7799af55bab");
    }

    @Test
    void percentilesTakeTheNearestRank() {
        Stats stats = new Stats(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
        assertThat(stats.percentile(50)).isEqualTo(5.0);
        assertThat(stats.percentile(99)).isEqualTo(10.0);
        assertThat(stats.percentile(10)).isEqualTo(1.0);
        assertThat(new Stats(List.of()).percentile(50)).isNaN();
    }

    @Test
    void optionsMustBeNamedWithAValue() {
        assertThat(Bench.options(new String[] {"--rates=50,100", "--seconds=20"})).containsEntry("rates", "50,100").containsEntry("seconds", "20");
        assertThatThrownBy(() -> Bench.options(new String[] {"--rates"})).isInstanceOf(IllegalArgumentException.class);
    }
}
