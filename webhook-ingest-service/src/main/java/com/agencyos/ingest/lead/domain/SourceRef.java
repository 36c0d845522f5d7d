package com.agencyos.ingest.lead.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a submission within a tenant, so a retry is recognised: the sender's {@code externalId} when it
 * gave one, otherwise the SHA-256 of the raw body (a retry resends the same bytes). The {@code sha256:} prefix
 * keeps a hash from ever equalling somebody's external id.
 */
public final class SourceRef {

    static final String HASH_PREFIX = "sha256:";

    private SourceRef() {
    }

    public static String of(String externalId, byte[] rawBody) {
        return externalId != null ? externalId : HASH_PREFIX + sha256(rawBody);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
