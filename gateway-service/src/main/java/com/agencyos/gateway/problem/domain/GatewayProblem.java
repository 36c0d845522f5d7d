package com.agencyos.gateway.problem.domain;

import java.net.URI;

/** Every error the gateway itself answers, with the stable problem type clients may branch on. */
public enum GatewayProblem {
    BAD_REQUEST(400, "bad-request", "Bad Request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload Too Large"),
    RATE_LIMITED(429, "rate-limited", "Too Many Requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal Server Error"),
    BAD_GATEWAY(502, "bad-gateway", "Bad Gateway"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable"),
    IDENTITY_PROVIDER_UNAVAILABLE(503, "identity-provider-unavailable", "Service Unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway Timeout");

    private static final String BASE = "https://agencyos.dev/problems/";

    private final int status;
    private final URI type;
    private final String title;

    GatewayProblem(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The problem for a status the gateway did not classify itself, e.g. one raised by the framework. */
    public static GatewayProblem forStatus(int status) {
        for (GatewayProblem problem : values()) {
            if (problem.status == status && problem != IDENTITY_PROVIDER_UNAVAILABLE) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : null;
    }
}
