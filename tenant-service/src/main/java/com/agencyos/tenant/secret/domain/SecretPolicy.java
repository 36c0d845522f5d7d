package com.agencyos.tenant.secret.domain;

/**
 * How many secrets a tenant may hold at once. Two are enough to rotate without downtime; the cap keeps a
 * script gone wrong from piling up secrets that all verify signatures.
 */
public record SecretPolicy(int maxActive) {

    public SecretPolicy {
        if (maxActive < 2) {
            throw new IllegalArgumentException("At least two active secrets are needed to rotate, was " + maxActive);
        }
    }

    public boolean allowsAnother(long active) {
        return active < maxActive;
    }
}
