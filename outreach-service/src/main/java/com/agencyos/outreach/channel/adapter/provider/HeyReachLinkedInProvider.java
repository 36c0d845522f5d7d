package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.platform.events.EventJson;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HeyReach public API. It has no call that messages an arbitrary profile: a message reaches a profile URL by adding the
 * lead, from a seat, to a HeyReach campaign whose message step says {@code {message}}:
 * {@code POST /api/public/campaign/AddLeadsToCampaignV2} with {@code X-API-KEY},
 * {@code {"campaignId", "accountLeadPairs":[{"linkedInAccountId", "lead":{"profileUrl", "customUserFields":[{"name","value"}]}}]}};
 * the answer counts {@code addedLeadsCount}, {@code updatedLeadsCount}, {@code failedLeadsCount} and names nothing, so
 * the receipt carries our reference.
 */
class HeyReachLinkedInProvider extends HttpChannelProvider {

    private final ProviderProperties.HeyReach settings;

    HeyReachLinkedInProvider(ProviderProperties.HeyReach settings, ProviderProperties.Resilience resilience) {
        super("heyreach", Channel.LINKEDIN, settings.baseUrl(), resilience);
        this.settings = settings;
    }

    @Override
    protected HttpRequest request(ChannelMessage message) {
        ObjectNode lead = EventJson.mapper().createObjectNode();
        lead.put("profileUrl", message.recipient());
        lead.set("customUserFields", EventJson.mapper().valueToTree(List.of(
                Map.of("name", "message", "value", message.body()),
                Map.of("name", "agencyos_reference", "value", message.reference()))));
        ObjectNode pair = EventJson.mapper().createObjectNode();
        String seat = message.sender() != null && !message.sender().isBlank() ? message.sender() : settings.linkedinAccountId();
        if (seat != null && !seat.isBlank()) {
            pair.put("linkedInAccountId", seatId(seat));
        }
        pair.set("lead", lead);
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("campaignId", settings.campaignId());
        body.putArray("accountLeadPairs").add(pair);
        return post("/api/public/campaign/AddLeadsToCampaignV2")
                .header("X-API-KEY", settings.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
    }

    @Override
    protected ProviderReceipt receipt(ChannelMessage message, JsonNode body) {
        int added = count(body, "addedLeadsCount");
        int updated = count(body, "updatedLeadsCount");
        if (count(body, "failedLeadsCount") > 0 || added + updated == 0) {
            throw new IllegalArgumentException("HeyReach did not add the lead to campaign " + settings.campaignId());
        }
        return new ProviderReceipt(name(), message.reference(), added > 0 ? "added" : "updated");
    }

    private static long seatId(String seat) {
        try {
            return Long.parseLong(seat.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a HeyReach seat is its numeric LinkedIn account id, not " + seat, e);
        }
    }

    private static int count(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new MalformedAnswerException("the answer has no " + field, null);
        }
        return value.asInt();
    }
}
