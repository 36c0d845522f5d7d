package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.application.ChannelProvider;
import com.agencyos.outreach.channel.application.ChannelProviders;
import com.agencyos.outreach.config.ProviderProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The providers whose keys are configured; none by default, which keeps every non-email step a task for a person. */
@Configuration(proxyBeanMethods = false)
class ProviderBeans {

    @Bean
    ChannelProviders channelProviders(ProviderProperties properties) {
        return new ChannelProviders(configured(properties));
    }

    static List<ChannelProvider> configured(ProviderProperties properties) {
        List<ChannelProvider> providers = new ArrayList<>();
        if (properties.twilio().configured()) {
            providers.add(new TwilioSmsProvider(properties.twilio(), properties.resilience()));
        }
        if (properties.heyreach().configured()) {
            providers.add(new HeyReachLinkedInProvider(properties.heyreach(), properties.resilience()));
        }
        if (properties.vapi().configured()) {
            providers.add(new VapiVoiceProvider(properties.vapi(), properties.resilience()));
        }
        if (properties.lob().configured()) {
            providers.add(new LobLetterProvider(properties.lob(), properties.resilience()));
        }
        return providers;
    }
}
