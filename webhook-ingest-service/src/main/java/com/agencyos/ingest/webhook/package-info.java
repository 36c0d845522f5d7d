/**
 * Signed webhooks: who may sign for a tenant, and checking that they did.
 *
 * <p>tenant-service publishes each tenant's complete set of webhook secrets on the compacted, internal topic
 * {@code tenant.secrets} ({@code agencyos.tenant.secrets-changed.v1}, key tenant id). Every secret is sealed
 * with AES-256-GCM under the platform key {@code AGENCYOS_SECRETS_KEY}; this service keeps the sealed values in
 * {@code tenant_secret_set} / {@code tenant_secret} (a set replaces the held one only when its {@code version}
 * is higher; a tombstone forgets the tenant) and opens them only to verify a request, so no secret is stored or
 * logged in clear. A set holding a secret that does not open under our key is dead-lettered whole rather than
 * half applied. The sealed secrets a request needs are read through a cache held for
 * {@code agencyos.ingest.tenant-cache-ttl} (2 s); the instance applying a new set forgets it at once, another instance
 * may accept a revoked secret for up to that long.
 *
 * <p>Our own signature is {@code X-AgencyOS-Signature: t=<unix seconds>,v1=<hex>} with
 * {@code v1 = hex(HMAC-SHA256(secret, t + "." + raw body))}, several {@code v1} entries during a rotation, 300 s
 * tolerance either way, constant-time comparison ({@link com.agencyos.ingest.webhook.domain.AgencySignature}).
 * A signature verifies if any unexpired {@code agencyos_webhook} secret of the tenant named in the path matches,
 * so one tenant's secret never signs for another.
 *
 * <p>Walking skeleton: HubSpot (v1/v2/v3 with {@code allowedHubspotFormIds}, already stored), Postmark basic auth
 * and Twilio signatures use the secrets of their kinds and arrive with the ingest issue.
 */
package com.agencyos.ingest.webhook;
