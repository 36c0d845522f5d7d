/**
 * Whether a tenant may send leads in right now: its state from {@code tenant.changed} and a per-tenant intake rate.
 *
 * <p>tenant-service publishes each tenant's full state on the compacted topic {@code tenant.changed}
 * ({@code agencyos.tenant.changed.v1}, key tenant id). This service keeps only what intake needs, {@code status} and
 * {@code deleted}, in {@code tenant_state}, replacing the held row only when the record's {@code version} is higher;
 * a tombstone forgets the tenant. Lead intake (signed webhook, HubSpot, API, imports) is refused with 403
 * {@code tenant-inactive} for a tenant that is {@code cancelled}, {@code paused} or {@code deleted}. {@code past_due}
 * keeps accepting: a paying customer with a late card must not lose the leads its forms collect, and downstream
 * billing decides what happens to them. A tenant never seen on {@code tenant.changed} is accepted as before (its
 * secrets decide), so intake does not depend on the topic having been read. Replies, bounces, complaints and STOP
 * messages are never refused on tenant state: an opt-out must reach suppression whatever the tenant's billing.
 *
 * <p>The public lead webhooks ({@code /webhooks/leads}, {@code /webhooks/hubspot}) are rate limited per tenant by an
 * in-process token bucket, after the signature check so that nobody without the tenant's secret can spend its
 * budget. The limit is per instance: N replicas admit up to N times the configured rate.
 *
 * <p>The webhooks read a tenant's state through a cache held for {@code agencyos.ingest.tenant-cache-ttl} (2 s): this
 * instance forgets it when it applies a change; another instance may admit a just-paused tenant's leads that long.
 */
package com.agencyos.ingest.tenant;
