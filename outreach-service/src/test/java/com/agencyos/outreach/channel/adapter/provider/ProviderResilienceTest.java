package com.agencyos.outreach.channel.adapter.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure;
import com.agencyos.outreach.channel.domain.ChannelDeliveryFailure.Outcome;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every adapter behind the same protection, against a local server speaking its provider's format. */
class ProviderResilienceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private FakeProviderServer server;

    static Stream<ProviderCase> providers() {
        return Stream.of(ProviderCase.twilio(), ProviderCase.heyreach(), ProviderCase.vapi(), ProviderCase.lob());
    }

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeProviderServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aRateLimitedCallWaitsForRetryAfterAndThenSucceeds(ProviderCase provider) {
        server.answerRetryAfter(429, "1", "{\"code\":20429,\"message\":\"Too Many Requests\"}").answer(200, provider.success());
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10));

        long started = System.nanoTime();
        ProviderReceipt receipt = adapter.deliver(provider.message()).block(WAIT);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(receipt.id()).isEqualTo(provider.expectedId());
        assertThat(receipt.provider()).isEqualTo(provider.name());
        assertThat(server.requests()).hasSize(2);
        assertThat(took).as("Retry-After: 1 honoured over the 10 ms backoff").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aServerErrorIsRetriedThenGivenUpAsWorthTryingLater(ProviderCase provider) {
        server.answer(500, "{\"message\":\"boom\"}").answer(503, "{}").answer(500, "{}");
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10));

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(failure.provider()).isEqualTo(provider.name());
        assertThat(failure).hasMessageContaining("HTTP 500");
        assertThat(server.requests()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aRefusedRequestIsNotRetriedAndSaysWhyInTheProvidersWords(ProviderCase provider) {
        server.answer(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}");
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10));

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(failure).hasMessageContaining("HTTP 400").hasMessageContaining("Invalid 'To' Phone Number");
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void anAnswerSlowerThanTheTimeLimitIsAnUnknownOutcomeNeverRetried(ProviderCase provider) {
        server.hang();
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10, Duration.ofSeconds(1)));

        long started = System.nanoTime();
        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).as("it may have been taken: resending could duplicate it").isEqualTo(Outcome.UNKNOWN);
        assertThat(failure).hasMessageContaining("no answer within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aMalformedAnswerIsAClearFailureNotRetried(ProviderCase provider) {
        server.answer(200, "{\"sid\": oops");
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10));

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(failure).hasMessageContaining("not in the documented format");
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void aSuccessAnswerWithoutWhatTheProviderDocumentsIsMalformed(ProviderCase provider) {
        server.answer(200, "{\"unexpected\":true}");
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(10));

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(failure).hasMessageContaining("not in the documented format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void anOpenCircuitFailsFastWithoutCallingTheProvider(ProviderCase provider) {
        HttpChannelProvider adapter = provider.factory().apply(server.baseUrl(), ProviderCase.resilience(2));
        catchThrowableOfType(ChannelDeliveryFailure.class, () -> adapter.deliver(provider.message()).block(WAIT));
        assertThat(adapter.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = server.requests().size();
        server.answer(200, provider.success());

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(failure).hasMessageContaining("circuit open");
        assertThat(server.requests()).hasSize(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void anUnreachableProviderIsWorthTryingLater(ProviderCase provider) {
        String closed = server.baseUrl();
        server.close();
        HttpChannelProvider adapter = provider.factory().apply(closed, ProviderCase.resilience(10));

        ChannelDeliveryFailure failure = catchThrowableOfType(ChannelDeliveryFailure.class,
                () -> adapter.deliver(provider.message()).block(WAIT));

        assertThat(failure.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(failure).hasMessageContaining("unreachable");
    }
}
