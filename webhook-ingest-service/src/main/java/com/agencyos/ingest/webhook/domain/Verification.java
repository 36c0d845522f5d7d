package com.agencyos.ingest.webhook.domain;

import java.util.UUID;

/** The outcome of checking a signed request. */
public sealed interface Verification {

    /** Signed by the tenant's secret {@code secretId}. */
    record Verified(UUID secretId) implements Verification {
    }

    record Rejected(Reason reason) implements Verification {
    }

    enum Reason {
        /** The tenant is unknown or has no usable secret of the kind: nobody can sign for it. */
        NOT_CONFIGURED,
        /** No signature header. */
        MISSING,
        /** A header without a timestamp or without any {@code v1} signature. */
        MALFORMED,
        /** A timestamp outside the tolerance: a replay, or a badly wrong clock. */
        STALE,
        /** No secret of the tenant produces any of the signatures: another secret, or a body altered on the way. */
        MISMATCH
    }

    static Verification rejected(Reason reason) {
        return new Rejected(reason);
    }
}
