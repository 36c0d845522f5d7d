/**
 * Lead intake: a submission becomes a lead exactly once, durably, before anyone is told it was accepted.
 *
 * <p>A submission ({@link com.agencyos.ingest.lead.domain.LeadSubmission}) arrives through our signed webhook
 * {@code POST /webhooks/leads/{tenantId}} (source {@code webhook}) or the API {@code POST /api/v1/leads} (source
 * {@code api}, tenant from the token). In one transaction the raw receipt is inserted into {@code lead_receipt},
 * the lead id is minted, and {@code form.received} ({@code agencyos.form.received.v1}, key lead id) is appended
 * to the outbox; only then does the caller get {@code 202 {"leadId"}}. Receipts are unique per
 * {@code (tenant, sourceRef)} where the source ref is the submission's {@code externalId}, or
 * {@code sha256:<hex of the raw body>} without one, so a retried delivery answers {@code 200} with the original
 * lead id and changes nothing. Any rejection (signature, size, media type, JSON, fields) writes nothing.
 *
 * <p>HubSpot submissions ({@code /webhooks/hubspot/{tenantId}}: workflow, form-integrations and relayed bodies,
 * v1/v2/v3 signatures, the tenant's form filter and field mapping, consent) and bulk imports
 * ({@code /api/v1/leads/import}, CSV or a JSON array, streamed, each row its own intake) use this intake with sources
 * {@code hubspot} and {@code import}.
 */
package com.agencyos.ingest.lead;
