package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Twilio Programmable Messaging: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, form {@code To},
 * {@code From}, {@code Body}, HTTP basic AccountSid:AuthToken; the answer's {@code sid} (SM…) and {@code status}
 * ({@code queued}, {@code accepted}…); errors {@code {"code", "message", "status"}}.
 */
class TwilioSmsProvider extends HttpChannelProvider {

    private final ProviderProperties.Twilio settings;

    TwilioSmsProvider(ProviderProperties.Twilio settings, ProviderProperties.Resilience resilience) {
        super("twilio", Channel.SMS, settings.baseUrl(), resilience);
        this.settings = settings;
    }

    @Override
    protected HttpRequest request(ChannelMessage message) {
        String from = message.sender() != null && !message.sender().isBlank() ? message.sender() : settings.from();
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("no sender number (the SMS resource's, or agencyos.outreach.providers.twilio.from)");
        }
        String form = "To=" + encode(message.recipient()) + "&From=" + encode(from) + "&Body=" + encode(message.body());
        return post("/2010-04-01/Accounts/" + encode(settings.accountSid()) + "/Messages.json")
                .header("Authorization", basic(settings.accountSid(), settings.authToken()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
    }

    @Override
    protected ProviderReceipt receipt(ChannelMessage message, JsonNode body) {
        return new ProviderReceipt(name(), ProviderHttp.required(body, "sid"), ProviderHttp.text(body, "status"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
