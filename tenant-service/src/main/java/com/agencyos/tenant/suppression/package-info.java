/**
 * Suppression lists: who must never be contacted.
 *
 * <h2>Model</h2>
 * A {@link com.agencyos.tenant.suppression.domain.Suppression} is on one tenant's list, or on the platform-wide
 * list ({@link com.agencyos.tenant.suppression.domain.SuppressionScope#platform()}, no tenant) that applies to
 * every tenant and only platform administrators change. Its kind is {@code email}, {@code domain} or
 * {@code phone}; its value is normalised ({@link com.agencyos.tenant.suppression.domain.SuppressionValues}: emails
 * and domains lower-cased, a domain without scheme, path, port or {@code www.}, a phone trimmed and, until numbers
 * are converted to E.164, required to be E.164 already), so one list holds a value once and adding it again
 * returns the entry already there. Each entry keeps a reason, its source ({@code manual}, {@code import},
 * {@code unsubscribe}, {@code bounce}, {@code complaint}), when it was added and the subject who added it.
 * An address is suppressed when it, its domain or a parent domain is on the tenant's list or the platform list.
 * Imports ({@link com.agencyos.tenant.suppression.domain.SuppressionCsv}) take up to 10,000 rows in one
 * transaction; bad rows are rejected one by one, a file of the wrong shape as a whole.
 *
 * <h2>Events</h2>
 * Publishes {@code suppression.changed} ({@code agencyos.suppression.changed.v1}, kept forever) on every effective
 * add and remove, through the outbox in the same transaction: key = tenant id, or {@code platform} (and no
 * {@code tenantId}, no {@code ce_tenantid}) for the platform-wide list. Consumers rebuild their lists by replaying it.
 *
 * <p>Later work of the identity and tenancy issue: entries from {@code delivery.events} (bounces, complaints,
 * unsubscribes), and E.164 normalisation of national phone numbers.
 */
package com.agencyos.tenant.suppression;
