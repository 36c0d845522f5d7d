package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.PostalAddress;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.platform.events.EventJson;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lob letters: {@code POST /v1/letters}, HTTP basic with the API key as user and no password, JSON {@code to} and
 * {@code from} (name, address_line1/2, address_city, address_state, address_zip, address_country), {@code file} (the
 * HTML), {@code color}, {@code use_type: marketing}; {@code Idempotency-Key} is our reference, so a retried request
 * never prints twice. The answer's {@code id} ({@code ltr_…}); errors {@code {"error":{"message", "status_code"}}}.
 */
class LobLetterProvider extends HttpChannelProvider {

    private final ProviderProperties.Lob settings;

    LobLetterProvider(ProviderProperties.Lob settings, ProviderProperties.Resilience resilience) {
        super("lob", Channel.MAIL, settings.baseUrl(), resilience);
        this.settings = settings;
    }

    @Override
    protected HttpRequest request(ChannelMessage message) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("description", "agencyos " + message.reference());
        body.set("to", address(message.recipientAddress()));
        body.set("from", address(message.senderAddress()));
        body.put("file", message.body());
        body.put("color", settings.color());
        body.put("use_type", "marketing");
        return post("/v1/letters")
                .header("Authorization", basic(settings.apiKey(), ""))
                .header("Idempotency-Key", message.reference())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
    }

    @Override
    protected ProviderReceipt receipt(ChannelMessage message, JsonNode body) {
        return new ProviderReceipt(name(), ProviderHttp.required(body, "id"), ProviderHttp.text(body, "status"));
    }

    private static ObjectNode address(PostalAddress address) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("name", address.name());
        node.put("address_line1", address.line1());
        if (address.line2() != null) {
            node.put("address_line2", address.line2());
        }
        node.put("address_city", address.city());
        if (address.state() != null) {
            node.put("address_state", address.state());
        }
        node.put("address_zip", address.postalCode());
        node.put("address_country", address.country());
        return node;
    }
}
