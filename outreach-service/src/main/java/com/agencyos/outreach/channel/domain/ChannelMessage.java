package com.agencyos.outreach.channel.domain;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.Objects;

/**
 * One rendered step for a provider.
 *
 * @param reference our id of the touch: the provider's idempotency key where it takes one, and the receipt id of a
 *     provider that answers none
 * @param channel the step's channel
 * @param sender who it leaves from: the SMS number, the LinkedIn seat's provider account id, the voice number's
 *     provider id; null lets the adapter use its configured default
 * @param recipient the lead's phone number (E.164) or LinkedIn profile URL; null for a letter
 * @param body the rendered text (the letter's HTML for mail)
 * @param recipientAddress a letter's destination, null on other channels
 * @param senderAddress a letter's return address, null on other channels
 */
public record ChannelMessage(String reference, Channel channel, String sender, String recipient, String body,
        PostalAddress recipientAddress, PostalAddress senderAddress) {

    public ChannelMessage {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        if (channel == Channel.MAIL && (recipientAddress == null || senderAddress == null)) {
            throw new IllegalArgumentException("a letter needs both postal addresses");
        }
        if (channel != Channel.MAIL && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("a " + channel.wireName() + " message needs a recipient");
        }
    }

    public static ChannelMessage to(String reference, Channel channel, String sender, String recipient, String body) {
        return new ChannelMessage(reference, channel, sender, recipient, body, null, null);
    }

    public static ChannelMessage letter(String reference, PostalAddress to, PostalAddress from, String html) {
        return new ChannelMessage(reference, Channel.MAIL, null, null, html, to, from);
    }
}
