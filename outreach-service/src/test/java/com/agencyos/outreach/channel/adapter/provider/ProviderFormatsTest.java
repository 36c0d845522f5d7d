package com.agencyos.outreach.channel.adapter.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure;
import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure.Outcome;
import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.sending.domain.Channel;
import com.agencyos.platform.events.EventJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each adapter's request and answer, in its provider's documented wire format. */
class ProviderFormatsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private FakeProviderServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeProviderServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void twilioGetsAFormPostWithBasicAuthAndAnswersTheMessageSid() {
        ProviderCase twilio = ProviderCase.twilio();
        server.answer(201, twilio.success());

        ProviderReceipt receipt = deliver(twilio);

        assertThat(receipt).isEqualTo(new ProviderReceipt("twilio", "SM0123456789abcdef", "queued"));
        FakeProviderServer.Recorded request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
        assertThat(request.header("Authorization")).isEqualTo("Basic " + base64("AC123:secret-token"));
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form(request.body())).containsExactly(Map.entry("To", "+61412345678"), Map.entry("From", "+61400000002"),
                Map.entry("Body", "Hi Jo, quick one & more"));
    }

    @Test
    void twilioUsesTheConfiguredNumberWhenTheStepHasNoSender() {
        ProviderCase twilio = ProviderCase.twilio();
        server.answer(201, twilio.success());

        twilio.factory().apply(server.baseUrl(), ProviderCase.resilience(10))
                .deliver(ChannelMessage.to("touch-9", Channel.SMS, null, "+61412345678", "Hi")).block(WAIT);

        assertThat(form(server.requests().getFirst().body())).containsEntry("From", "+61400000001");
    }

    @Test
    void heyReachAddsTheProfileToItsCampaignFromTheSeatWithTheMessageAsACustomField() {
        ProviderCase heyreach = ProviderCase.heyreach();
        server.answer(200, heyreach.success());

        ProviderReceipt receipt = deliver(heyreach);

        assertThat(receipt).isEqualTo(new ProviderReceipt("heyreach", "touch-2", "added"));
        FakeProviderServer.Recorded request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/public/campaign/AddLeadsToCampaignV2");
        assertThat(request.header("X-API-KEY")).isEqualTo("hr-key");
        JsonNode body = json(request.body());
        assertThat(body.path("campaignId").asLong()).isEqualTo(4242L);
        JsonNode pair = body.path("accountLeadPairs").get(0);
        assertThat(pair.path("linkedInAccountId").asLong()).isEqualTo(9001L);
        assertThat(pair.path("lead").path("profileUrl").asString()).isEqualTo("https://www.linkedin.com/in/jo-bloggs");
        JsonNode field = pair.path("lead").path("customUserFields").get(0);
        assertThat(field.path("name").asString()).isEqualTo("message");
        assertThat(field.path("value").asString()).isEqualTo("Hi Jo");
    }

    @Test
    void heyReachReportingTheLeadFailedIsARefusal() {
        ProviderCase heyreach = ProviderCase.heyreach();
        server.answer(200, "{\"addedLeadsCount\":0,\"updatedLeadsCount\":0,\"failedLeadsCount\":1}");

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class, () -> deliver(heyreach));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(failure).hasMessageContaining("did not add the lead to campaign 4242");
    }

    @Test
    void heyReachRefusesASeatThatIsNotItsNumericAccountIdWithoutACall() {
        ProviderCase heyreach = ProviderCase.heyreach();

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class, () -> heyreach.factory()
                .apply(server.baseUrl(), ProviderCase.resilience(10))
                .deliver(ChannelMessage.to("t", Channel.LINKEDIN, "seat-one", "https://www.linkedin.com/in/jo", "Hi")).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void vapiStartsACallWithABearerKeyAndAnswersTheCallId() {
        ProviderCase vapi = ProviderCase.vapi();
        server.answer(201, vapi.success());

        ProviderReceipt receipt = deliver(vapi);

        assertThat(receipt).isEqualTo(new ProviderReceipt("vapi", "call-123", "queued"));
        FakeProviderServer.Recorded request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/call");
        assertThat(request.header("Authorization")).isEqualTo("Bearer vapi-key");
        JsonNode body = json(request.body());
        assertThat(body.path("assistantId").asString()).isEqualTo("asst-1");
        assertThat(body.path("phoneNumberId").asString()).isEqualTo("phone-1");
        assertThat(body.path("customer").path("number").asString()).isEqualTo("+61412345678");
        assertThat(body.path("assistantOverrides").path("variableValues").path("message").asString()).isEqualTo("Say hello to Jo");
    }

    @Test
    void lobPrintsALetterWithTheKeyAsBasicUserAndOurReferenceAsIdempotencyKey() {
        ProviderCase lob = ProviderCase.lob();
        server.answer(200, lob.success());

        ProviderReceipt receipt = deliver(lob);

        assertThat(receipt.id()).isEqualTo("ltr_4868c3b754655f90");
        FakeProviderServer.Recorded request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/letters");
        assertThat(request.header("Authorization")).isEqualTo("Basic " + base64("test_lob_key:"));
        assertThat(request.header("Idempotency-Key")).isEqualTo("touch-4");
        JsonNode body = json(request.body());
        assertThat(body.path("to").path("name").asString()).isEqualTo("Jo Bloggs");
        assertThat(body.path("to").path("address_line1").asString()).isEqualTo("1 George St");
        assertThat(body.path("to").path("address_zip").asString()).isEqualTo("2000");
        assertThat(body.path("to").has("address_line2")).isFalse();
        assertThat(body.path("from").path("address_line2").asString()).isEqualTo("Level 3");
        assertThat(body.path("file").asString()).isEqualTo("<html><body>Dear Jo</body></html>");
        assertThat(body.path("color").asBoolean()).isTrue();
    }

    @Test
    void anAdapterRefusesAMessageOfAnotherChannelWithoutACall() {
        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class, () -> ProviderCase.twilio().factory()
                .apply(server.baseUrl(), ProviderCase.resilience(10))
                .deliver(ChannelMessage.to("t", Channel.VOICE, null, "+61412345678", "Hi")).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(server.requests()).isEmpty();
    }

    private ProviderReceipt deliver(ProviderCase provider) {
        return provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10)).deliver(provider.message()).block(WAIT);
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String body) {
        return EventJson.mapper().readTree(body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
