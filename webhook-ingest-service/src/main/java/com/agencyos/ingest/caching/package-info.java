/**
 * Short-lived holding of what the webhooks look up for every request (a tenant's secrets and state), so a burst from
 * one tenant reads them once. Kept apart because two features use it; it knows nothing of either.
 *
 * <p>The trade-off is explicit: the instance that applies a change forgets the held value at once and again when the
 * change's transaction ends; other instances may answer from their copy for up to the time to live
 * ({@code agencyos.ingest.tenant-cache-ttl}, 2 s).
 */
package com.agencyos.ingest.caching;
