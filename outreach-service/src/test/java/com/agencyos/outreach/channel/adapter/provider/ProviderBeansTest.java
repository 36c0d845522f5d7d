package com.agencyos.outreach.channel.adapter.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.outreach.channel.application.ChannelProvider;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import org.junit.jupiter.api.Test;

class ProviderBeansTest {

    private static ProviderProperties properties(ProviderProperties.Twilio twilio, ProviderProperties.HeyReach heyreach) {
        return new ProviderProperties(ProviderCase.resilience(10), twilio, heyreach,
                new ProviderProperties.Vapi("https://api.vapi.ai", "", "", ""), new ProviderProperties.Lob("https://api.lob.com", "", false));
    }

    @Test
    void noProviderIsEnabledWithoutKeysSoEveryNonEmailStepStaysATask() {
        ProviderProperties none = properties(new ProviderProperties.Twilio("https://api.twilio.com", "", "", ""),
                new ProviderProperties.HeyReach("https://api.heyreach.io", "", 0, ""));

        assertThat(ProviderBeans.configured(none)).isEmpty();
    }

    @Test
    void aProviderIsEnabledForItsChannelOnceItsCredentialsAreSet() {
        ProviderProperties twilioOnly = properties(new ProviderProperties.Twilio("https://api.twilio.com", "AC1", "token", ""),
                new ProviderProperties.HeyReach("https://api.heyreach.io", "key-but-no-campaign", 0, ""));

        assertThat(ProviderBeans.configured(twilioOnly)).extracting(ChannelProvider::channel).containsExactly(Channel.SMS);
    }
}
