package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.PostalAddress;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import java.time.Duration;
import java.util.function.BiFunction;

/** One adapter as the shared resilience tests drive it: how to build it, a message it carries, its success answer. */
record ProviderCase(String name, BiFunction<String, ProviderProperties.Resilience, HttpChannelProvider> factory,
        ChannelMessage message, String success, String expectedId) {

    static final PostalAddress LEAD = new PostalAddress("Jo Bloggs", "1 George St", null, "Sydney", "NSW", "2000", "AU");
    static final PostalAddress AGENCY = new PostalAddress("Acme Agency", "2 Pitt St", "Level 3", "Sydney", "NSW", "2000", "AU");

    /** A time limit far above a loaded build machine's first request, so only the slow-answer test ever reaches it. */
    static ProviderProperties.Resilience resilience(int minimumCalls) {
        return resilience(minimumCalls, Duration.ofSeconds(15));
    }

    static ProviderProperties.Resilience resilience(int minimumCalls, Duration timeout) {
        return new ProviderProperties.Resilience(timeout, 3, Duration.ofMillis(10), Duration.ofSeconds(2), 4,
                Duration.ofMillis(100), 50, minimumCalls, minimumCalls, Duration.ofMinutes(1));
    }

    static ProviderCase twilio() {
        return new ProviderCase("twilio",
                (url, r) -> new TwilioSmsProvider(new ProviderProperties.Twilio(url, "AC123", "secret-token", "+61400000001"), r),
                ChannelMessage.to("touch-1", Channel.SMS, "+61400000002", "+61412345678", "Hi Jo, quick one & more"),
                "{\"sid\":\"SM0123456789abcdef\",\"status\":\"queued\"}", "SM0123456789abcdef");
    }

    static ProviderCase heyreach() {
        return new ProviderCase("heyreach",
                (url, r) -> new HeyReachLinkedInProvider(new ProviderProperties.HeyReach(url, "hr-key", 4242L, "77"), r),
                ChannelMessage.to("touch-2", Channel.LINKEDIN, "9001", "https://www.linkedin.com/in/jo-bloggs", "Hi Jo"),
                "{\"addedLeadsCount\":1,\"updatedLeadsCount\":0,\"failedLeadsCount\":0}", "touch-2");
    }

    static ProviderCase vapi() {
        return new ProviderCase("vapi",
                (url, r) -> new VapiVoiceProvider(new ProviderProperties.Vapi(url, "vapi-key", "asst-1", "phone-1"), r),
                ChannelMessage.to("touch-3", Channel.VOICE, null, "+61412345678", "Say hello to Jo"),
                "{\"id\":\"call-123\",\"status\":\"queued\"}", "call-123");
    }

    static ProviderCase lob() {
        return new ProviderCase("lob",
                (url, r) -> new LobLetterProvider(new ProviderProperties.Lob(url, "test_lob_key", true), r),
                ChannelMessage.letter("touch-4", LEAD, AGENCY, "<html><body>Dear Jo</body></html>"),
                "{\"id\":\"ltr_4868c3b754655f90\",\"status\":\"processed_for_delivery\"}", "ltr_4868c3b754655f90");
    }

    @Override
    public String toString() {
        return name;
    }
}
