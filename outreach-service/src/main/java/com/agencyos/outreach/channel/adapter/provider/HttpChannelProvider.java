package com.agencyos.outreach.channel.adapter.provider;

import com.agencyos.outreach.channel.application.ChannelProvider;
import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure;
import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.config.ProviderProperties;
import com.agencyos.outreach.sending.domain.Channel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** An HTTP provider of one channel: builds the request, reads the receipt, and leaves protection to {@link Resilience}. */
abstract class HttpChannelProvider implements ChannelProvider {

    private final String name;
    private final Channel channel;
    private final String baseUrl;
    private final ProviderProperties.Resilience settings;
    private final ProviderHttp http;
    private final Resilience resilience;

    HttpChannelProvider(String name, Channel channel, String baseUrl, ProviderProperties.Resilience settings) {
        this.name = name;
        this.channel = channel;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.settings = settings;
        this.http = new ProviderHttp(settings.timeout());
        this.resilience = new Resilience(name, settings);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Mono<ProviderReceipt> deliver(ChannelMessage message) {
        if (message.channel() != channel) {
            return Mono.error(new ChannelDeliveryFailure(name, ChannelDeliveryFailure.Outcome.REFUSED,
                    "does not carry " + message.channel().wireName(), null));
        }
        HttpRequest request;
        try {
            request = request(message);
        } catch (IllegalArgumentException e) {
            return Mono.error(new ChannelDeliveryFailure(name, ChannelDeliveryFailure.Outcome.REFUSED, e.getMessage(), e));
        }
        return resilience.protect(http.send(request).map(body -> receipt(message, body)));
    }

    /** The provider's request for this message; an IllegalArgumentException refuses a message it cannot carry. */
    protected abstract HttpRequest request(ChannelMessage message);

    /** Reads the provider's success answer; a MalformedAnswerException when it lacks what the provider documents. */
    protected abstract ProviderReceipt receipt(ChannelMessage message, JsonNode body);

    protected HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(settings.timeout()).header("Accept", "application/json");
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    CircuitBreaker.State circuit() {
        return resilience.circuit();
    }
}
