package com.agencyos.gateway.bodylimit.adapter.web;

/** Raised while streaming a body without a usable Content-Length once it passes the cap. */
public class PayloadTooLargeException extends RuntimeException {

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("The request body exceeds the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
