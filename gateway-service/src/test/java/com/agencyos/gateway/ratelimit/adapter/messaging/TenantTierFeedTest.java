package com.agencyos.gateway.ratelimit.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.gateway.ratelimit.domain.Tier;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantTierFeedTest {

    @Test
    void readsTheTierOfATenantChangedPayloadInAnyCase() {
        assertThat(TenantTierFeed.tierOf(bytes("{\"tier\":\"velocity\",\"quotas\":{\"leadPoolPerMonth\":2250}}")))
                .contains(Tier.VELOCITY);
        assertThat(TenantTierFeed.tierOf(bytes("{\"tier\":\"DOMINANCE\"}"))).contains(Tier.DOMINANCE);
    }

    @Test
    void anUnreadablePayloadHasNoTier() {
        assertThat(TenantTierFeed.tierOf(bytes("{\"tier\":\"gold\"}"))).isEqualTo(Optional.empty());
        assertThat(TenantTierFeed.tierOf(bytes("{\"tier\":3}"))).isEmpty();
        assertThat(TenantTierFeed.tierOf(bytes("[1,2]"))).isEmpty();
        assertThat(TenantTierFeed.tierOf(bytes("{\"tier\":"))).isEmpty();
        assertThat(TenantTierFeed.tierOf(bytes(""))).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
