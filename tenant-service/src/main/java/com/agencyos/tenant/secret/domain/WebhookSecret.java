package com.agencyos.tenant.secret.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A tenant's webhook verification secret, without its value: the value exists in clear only in the response
 * that issues it, and otherwise only sealed.
 *
 * @param expiresAt the end of a rotation overlap, null when it does not expire
 */
public record WebhookSecret(UUID id, UUID tenantId, SecretKind kind, Instant createdAt, Instant expiresAt) {

    public static final String AGENCYOS_PREFIX = "whsec_";
    static final int AGENCYOS_SECRET_BYTES = 32;

    /** A new signing secret for {@code X-AgencyOS-Signature}: {@code whsec_} and 32 random bytes, base64url. */
    public static String newAgencyOsSecretValue(SecureRandom random) {
        byte[] bytes = new byte[AGENCYOS_SECRET_BYTES];
        random.nextBytes(bytes);
        return AGENCYOS_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Associated data when the value is sealed at rest: the sealed value opens only for this tenant and secret
     * id, so a row copied onto another tenant's is useless.
     */
    public byte[] atRestContext() {
        return ("agencyos:webhook-secret:" + tenantId + ":" + id).getBytes(StandardCharsets.UTF_8);
    }
}
