/**
 * The secrets tenants' webhooks are verified with.
 *
 * <h2>Model</h2>
 * A {@link com.agencyos.tenant.secret.domain.WebhookSecret} of kind {@code agencyos_webhook} signs requests to
 * our own webhook with {@code X-AgencyOS-Signature}. Its value, {@code whsec_} and 32 random bytes in base64url,
 * is shown once, in the response that issues it. At rest it is sealed with AES-256-GCM under
 * {@code AGENCYOS_SECRETS_KEY}, with the tenant and secret ids as associated data. Revoking sets
 * {@code revoked_at}; the row stays for the record. A tenant holds at most a configured number of active
 * secrets, enough to rotate.
 *
 * <h2>Events</h2>
 * Publishes {@code tenant.secrets} ({@code agencyos.tenant.secrets-changed.v1}, compacted, internal, key =
 * tenant id) on every issue and revocation: the tenant's whole active set, each value resealed for transport
 * in the format of {@code docs/events/README.md} (no associated data, fresh nonce), and a version per tenant.
 * Only webhook-ingest-service reads it, and verifies signatures without calling this service.
 *
 * <h2>Provider credentials</h2>
 * Tenants store the HubSpot app's client secret ({@code hubspot_app}), Postmark's basic-auth credentials
 * ({@code postmark_basic}, {@code user:password}) and Twilio's auth token ({@code twilio_auth}), checked for the
 * shape each provider issues by {@link com.agencyos.tenant.secret.domain.ProviderSecrets}. They are sealed at rest
 * and in {@code tenant.secrets} like our own secrets, are never returned by the API (not even when stored), and
 * several of one kind may be active to rotate. The HubSpot form filter ({@code allowedHubspotFormIds}) travels in
 * the same event.
 *
 * <p>Not built: rotation with an overlap ({@code expiresAt}) and re-encryption under a new key.
 */
package com.agencyos.tenant.secret;
