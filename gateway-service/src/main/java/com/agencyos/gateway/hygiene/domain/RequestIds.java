package com.agencyos.gateway.hygiene.domain;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Decides the request id that follows a request through the platform. A client may correlate its own
 * calls, but only with a short plain token: anything else could inject log lines or blow up indexes.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Supplier<String> generator;

    public RequestIds(Supplier<String> generator) {
        this.generator = generator;
    }

    public static RequestIds randomUuids() {
        return new RequestIds(() -> UUID.randomUUID().toString());
    }

    public String resolve(String clientSupplied) {
        if (clientSupplied != null && SANE.matcher(clientSupplied).matches()) {
            return clientSupplied;
        }
        return generator.get();
    }
}
