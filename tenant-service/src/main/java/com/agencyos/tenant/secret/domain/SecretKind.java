package com.agencyos.tenant.secret.domain;

/**
 * What a secret verifies. Only {@code agencyos_webhook} (our own {@code X-AgencyOS-Signature}) can be issued so
 * far; the provider kinds arrive with the provider integrations and are already part of the event contract.
 */
public enum SecretKind {
    agencyos_webhook, hubspot_app, postmark_basic, twilio_auth
}
