package com.agencyos.outreach.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agencyos.outreach.sending.domain.Channel;
import org.junit.jupiter.api.Test;

class ChannelMessageTest {

    private static final PostalAddress HOME = new PostalAddress("Jo Bloggs", "1 George St", null, "Sydney", "NSW", "2000", "AU");

    @Test
    void aMessageOnAPhoneOrProfileChannelNeedsItsRecipient() {
        assertThatThrownBy(() -> ChannelMessage.to("t1", Channel.SMS, null, " ", "Hi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sms message needs a recipient");
        assertThat(ChannelMessage.to("t1", Channel.LINKEDIN, null, "https://www.linkedin.com/in/jo", "Hi").recipient())
                .isEqualTo("https://www.linkedin.com/in/jo");
    }

    @Test
    void aLetterNeedsBothPostalAddresses() {
        assertThatThrownBy(() -> new ChannelMessage("t2", Channel.MAIL, null, null, "<p>Hi</p>", HOME, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both postal addresses");
        assertThat(ChannelMessage.letter("t2", HOME, HOME, "<p>Hi</p>").channel()).isEqualTo(Channel.MAIL);
    }

    @Test
    void aPostalAddressWithoutItsStreetIsRefused() {
        assertThatThrownBy(() -> new PostalAddress("Jo", " ", null, "Sydney", null, "2000", "AU"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line1");
    }

    @Test
    void onlyARetryLaterFailureIsRetryable() {
        assertThat(new ChannelDeliveryFailure("twilio", ChannelDeliveryFailure.Outcome.RETRY_LATER, "429", null).retryable()).isTrue();
        assertThat(new ChannelDeliveryFailure("twilio", ChannelDeliveryFailure.Outcome.REFUSED, "400", null).retryable()).isFalse();
        assertThat(new ChannelDeliveryFailure("twilio", ChannelDeliveryFailure.Outcome.UNKNOWN, "slow", null).retryable()).isFalse();
    }
}
