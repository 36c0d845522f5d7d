package com.agencyos.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Access tokens shaped like Keycloak's for realm {@code agency}, signed by a key the test owns. */
final class TestTokens {

    static final String ISSUER = "http://issuer.test/realms/agency";
    static final String AUDIENCE = "agency-api";
    private static final String KEY_ID = "test-signing-key";

    private final RSAKey signingKey = generate();
    private final RSAKey impostorKey = generate();

    String jwkSetJson() {
        return new JWKSet(signingKey.toPublicJWK()).toString();
    }

    String forTenant(String tenantId) {
        return sign(signingKey, claims -> claims.claim("tenant_id", tenantId));
    }

    String forPlatformAdmin() {
        return sign(signingKey, claims -> claims.subject("admin-" + UUID.randomUUID()).claim("roles",
                List.of("platform_admin")));
    }

    String expired(String tenantId) {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        return sign(signingKey, claims -> claims.claim("tenant_id", tenantId)
                .issueTime(Date.from(past.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(past)));
    }

    String withAudience(String tenantId, String audience) {
        return sign(signingKey, claims -> claims.claim("tenant_id", tenantId).audience(audience));
    }

    String fromIssuer(String tenantId, String issuer) {
        return sign(signingKey, claims -> claims.claim("tenant_id", tenantId).issuer(issuer));
    }

    String signedByImpostor(String tenantId) {
        return sign(impostorKey, claims -> claims.claim("tenant_id", tenantId));
    }

    /** A middle character: the last one of a signature can decode to the same bytes. */
    String withTamperedSignature(String tenantId) {
        String[] parts = forTenant(tenantId).split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    String withTamperedPayload(String tenantId, String otherTenantId) {
        String[] genuine = forTenant(tenantId).split("\\.");
        String[] forged = forTenant(otherTenantId).split("\\.");
        return genuine[0] + "." + forged[1] + "." + genuine[2];
    }

    String unsigned(String tenantId) {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = baseClaims().claim("tenant_id", tenantId).build().toPayload().toBase64URL().toString();
        return header + "." + payload + ".";
    }

    private String sign(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> customizer) {
        JWTClaimsSet claims = customizer.apply(baseClaims()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID)
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder baseClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("owner"));
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
