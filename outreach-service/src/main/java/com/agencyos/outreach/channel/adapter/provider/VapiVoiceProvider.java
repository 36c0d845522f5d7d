package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.platform.events.EventJson;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vapi outbound call: {@code POST /call} with a bearer key, {@code {"assistantId", "phoneNumberId", "customer":{"number"},
 * "assistantOverrides":{"variableValues":{"message", "reference"}}}} (the assistant's prompt says {@code {{message}}});
 * the answer's {@code id} and {@code status} ({@code queued}…); errors {@code {"message", "statusCode"}}.
 */
class VapiVoiceProvider extends HttpChannelProvider {

    private final ProviderProperties.Vapi settings;

    VapiVoiceProvider(ProviderProperties.Vapi settings, ProviderProperties.Resilience resilience) {
        super("vapi", Channel.VOICE, settings.baseUrl(), resilience);
        this.settings = settings;
    }

    @Override
    protected HttpRequest request(ChannelMessage message) {
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("assistantId", settings.assistantId());
        body.put("phoneNumberId", message.sender() != null && !message.sender().isBlank() ? message.sender() : settings.phoneNumberId());
        body.putObject("customer").put("number", message.recipient());
        body.putObject("assistantOverrides").putObject("variableValues")
                .put("message", message.body())
                .put("reference", message.reference());
        return post("/call")
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
    }

    @Override
    protected ProviderReceipt receipt(ChannelMessage message, JsonNode body) {
        return new ProviderReceipt(name(), ProviderHttp.required(body, "id"), ProviderHttp.text(body, "status"));
    }
}
