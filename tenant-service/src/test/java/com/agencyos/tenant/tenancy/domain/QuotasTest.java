package com.agencyos.tenant.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private final Quotas pool = new Quotas(1250, 5, 1);

    @Test
    void theMonthsFirstLeadIsAlwaysNewsBecauseItResetsLastMonthsCount() {
        assertThat(pool.poolUsageWorthPublishing(1)).isTrue();
        assertThat(pool.poolUsageWorthPublishing(2)).isFalse();
    }

    @Test
    void midPoolOnlyEveryHundredthOfThePoolIsPublished() {
        long published = LongStream.rangeClosed(2, 1000).filter(pool::poolUsageWorthPublishing).count();
        assertThat(published).isEqualTo(1000 / 12);
        assertThat(pool.poolUsageWorthPublishing(12)).isTrue();
        assertThat(pool.poolUsageWorthPublishing(13)).isFalse();
    }

    @Test
    void everyLeadOfThePoolsLastTwentiethAndBeyondIsPublishedSoTheLimitIsSeenExactly() {
        assertThat(LongStream.rangeClosed(1188, 1300).allMatch(pool::poolUsageWorthPublishing)).isTrue();
        assertThat(pool.poolUsageWorthPublishing(1187)).isFalse();
    }

    @Test
    void aTinyPoolPublishesEveryLead() {
        Quotas tiny = new Quotas(10, 1, 0);
        assertThat(LongStream.rangeClosed(1, 12).allMatch(tiny::poolUsageWorthPublishing)).isTrue();
    }
}
