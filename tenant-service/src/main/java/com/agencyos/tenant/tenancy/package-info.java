/**
 * Tenants, their tiers and quotas, and what they use of them.
 *
 * <h2>Model</h2>
 * A {@link com.agencyos.tenant.tenancy.domain.Tenant} is a customer organisation: name, status (a new tenant is
 * {@code trialing}), tier, IANA time zone, ISO country, default permission mode for campaigns and ICP. The tier
 * alone sets the {@link com.agencyos.tenant.tenancy.domain.Quotas} (Ignition 1,250 leads a month, 5 campaigns,
 * 1 LinkedIn seat; Velocity 2,250 / 10 / 3; Dominance 4,500 / 20 / 5). Every change raises {@code version} by one.
 * The lead pool counts each lead once, in the calendar month of the tenant's own time zone in which it was
 * first scored; the credits ledger holds one debit per paid enrichment, in micro-AUD.
 *
 * <h2>Events</h2>
 * <ul>
 *   <li>Publishes {@code tenant.changed} ({@code agencyos.tenant.changed.v1}, compacted, key = tenant id): the
 *       full current state, including this month's lead pool usage, on creation, on every update and whenever
 *       a first-scored lead raises this month's usage by a step worth telling ({@code Quotas.poolUsageWorthPublishing}:
 *       the first lead, every hundredth of the pool, every lead of its last twentieth). Appended to the outbox in
 *       the change's transaction.
 *   <li>Consumes {@code lead.scored}: {@code firstScore=true} counts the lead into the pool.
 *   <li>Consumes {@code lead.enriched}: a non-zero {@code totalCostMicros} becomes a ledger debit.
 * </ul>
 * Both consumers run through the inbox, so a redelivered event changes nothing.
 *
 * <p>Walking skeleton: members and roles, tier changes and billing status, suppression lists, credit top-ups and
 * balances, quota enforcement and the month-start republication of {@code tenant.changed} arrive with the
 * identity and tenancy issue.
 */
package com.agencyos.tenant.tenancy;
