package com.agencyos.outreach.channel.domain;

/** A provider did not (knowingly) take a message; {@link #outcome()} says what the caller may do about it. */
public class ChannelDeliveryFailure extends RuntimeException {

    /** What is known about the message after the failure. */
    public enum Outcome {
        /** Not taken, and the same message may go through later: rate limited, provider down, circuit open, unreachable. */
        RETRY_LATER,
        /** Refused for good: the provider rejected this request, or answered outside its documented format. */
        REFUSED,
        /** The request went out and no answer came in time: the provider may have taken it, so it must not be resent. */
        UNKNOWN
    }

    private final String provider;
    private final Outcome outcome;

    public ChannelDeliveryFailure(String provider, Outcome outcome, String reason, Throwable cause) {
        super(provider + ": " + reason, cause);
        this.provider = provider;
        this.outcome = outcome;
    }

    public String provider() {
        return provider;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean retryable() {
        return outcome == Outcome.RETRY_LATER;
    }
}
