/**
 * Lead enrichment, the waterfall from {@code form.received} to {@code lead.enriched}.
 *
 * <p>A received lead is normalised for free (email, company domain, company name, free-mail and role address,
 * phone in E.164 with the tenant's country), checked against the tenant's and the platform's suppression lists
 * (suppressed: recorded, never enriched, no event) and the tenant's state (not {@code active}/{@code trialing} or
 * lead pool spent: parked until a {@code tenant.changed} makes it eligible). Queued leads are run by a worker,
 * outside any transaction: tier 0 the cache ({@code v1:person:<email>} 90 days, {@code v1:company:<domain>} 30 days),
 * tier 1 Hunter, Apollo, DataForSEO (each only with a key) and the built-in website provider, tier 2 the premium
 * provider for leads still below confidence 0.70, at most 15 % of a tenant's leads a day. Answers merge per field by
 * confidence with provenance; the result and its {@code lead.enriched} commit together through the outbox, with
 * every provider call and its cost in micro-AUD.
 *
 * <p>Rings: {@code domain} (normalisation, merge rules, policies; no frameworks), {@code application} (ports, the
 * waterfall, the service and the worker), {@code adapter.messaging}, {@code adapter.persistence},
 * {@code adapter.web}, {@code adapter.provider} (HTTP adapters with resilience4j, and the website provider).
 */
package com.agencyos.enrichment.lead;
