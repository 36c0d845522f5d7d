/**
 * The lead 360 view: one row per lead, built only from event facts, and the API that lists and shows leads.
 *
 * <p>The view follows a lead through the pipeline: {@code captured} ({@code form.received}) → {@code enriched}
 * ({@code lead.enriched}) → {@code scored} ({@code lead.scored}) → {@code touched} ({@code touch.sent} in mode
 * {@code sent}) → {@code replied} ({@code reply.classified}) → {@code converted} ({@code lead.converted}).
 * Topics are consumed independently, so one lead's events may arrive out of order: the status only moves
 * forward, the score is the one with the latest {@code scoredAt}, and contact and company details come from the
 * most recent event that carries them (an older event only fills gaps). Delivery events and draft touches count
 * as activity without moving the status. An event is never applied to a view of another tenant.
 *
 * <p>{@code GET /api/v1/leads} lists the caller's leads, most recent activity first (or sorted by first activity or
 * score), filtered by tier, status, campaign, text and score range, with keyset (cursor) paging;
 * {@code GET /api/v1/leads/{id}} shows one lead with its 360 sections (enrichment with provenance, ALS history,
 * playbooks, enrolments, touches, replies with intent, suppression, conversion), read from its facts, and its
 * timeline, the facts about it in the order they happened. {@code LeadRebuild} builds every view again from the
 * facts ({@code POST /api/v1/analytics/admin/rebuild}, or the jar's
 * {@code --agencyos.analytics.rebuild-and-exit=true} mode).
 */
package com.agencyos.analytics.lead;
