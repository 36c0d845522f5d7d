package com.agencyos.tenant.secret.domain;

/**
 * What a secret verifies: {@code agencyos_webhook} (our own {@code X-AgencyOS-Signature}, issued by us) or a
 * provider credential the tenant stores ({@code hubspot_app}, {@code postmark_basic}, {@code twilio_auth}).
 */
public enum SecretKind {
    agencyos_webhook, hubspot_app, postmark_basic, twilio_auth
}
