package com.agencyos.tenant.secret.application;

/** The tenant already holds as many active secrets as the policy allows. */
public class SecretLimitReachedException extends RuntimeException {

    private final int maxActive;

    public SecretLimitReachedException(int maxActive) {
        super("A tenant may hold at most " + maxActive + " active webhook secrets; revoke one first.");
        this.maxActive = maxActive;
    }

    public int maxActive() {
        return maxActive;
    }
}
