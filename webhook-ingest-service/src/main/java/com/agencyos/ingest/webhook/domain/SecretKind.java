package com.agencyos.ingest.webhook.domain;

/**
 * What a tenant secret verifies, as named on {@code tenant.secrets}. Kinds this service does not know yet are
 * kept as they arrived and simply never used.
 */
public enum SecretKind {
    agencyos_webhook, hubspot_app, postmark_basic, twilio_auth;

    public static boolean isKnown(String kind) {
        for (SecretKind known : values()) {
            if (known.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
