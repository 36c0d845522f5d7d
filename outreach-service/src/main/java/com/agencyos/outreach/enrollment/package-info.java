/**
 * Enrolment of scored leads, their touches, and the replies that stop them.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@code lead}: the latest {@code lead.scored} of each lead, a local read model (who to write to, and why).
 *   <li>{@code enrollment}: a lead in a campaign, at most once per (tenant, lead, campaign). Status
 *       {@code active} (its steps run), {@code stopped} (a reply or a re-score ended it; no later step is
 *       scheduled) or {@code not_enrolled} (the lead was not worth a touch; the reason says why).
 *   <li>{@code touch}: one step of an enrolment on one channel, at most once per (enrolment, step). In
 *       {@code draft_only} mode a touch is a draft for a person to send; nothing leaves the platform. Every email
 *       touch carries a Message-ID we mint, {@code <uuid@outreach.agencyos.local>}, kept for its lifetime.
 *   <li>{@code reply}: the {@code reply.classified} events received, with what they stopped.
 * </ul>
 *
 * <h2>Events</h2>
 * <ul>
 *   <li>In {@code lead.scored}: a lead whose tier is not {@code dead} and whose allowed channels include email is
 *       enrolled (in the campaign it named at intake, else the tenant's inbound campaign) and its first step is
 *       drafted; a {@code dead} lead is recorded as not enrolled. Rules: {@link
 *       com.agencyos.outreach.enrollment.domain.EnrollmentPolicy}.
 *   <li>Out {@code touch.sent} ({@code mode: draft}, channel {@code email}, step 1, keyed by lead id) through the
 *       outbox, in the same transaction as the touch.
 *   <li>In {@code reply.classified}: {@code unsubscribe}, {@code not_interested} and {@code meeting_request}
 *       stop all of the lead's enrolments ({@link com.agencyos.outreach.enrollment.domain.StopRules}).
 * </ul>
 *
 * <p>Walking skeleton: only step 1 exists, written by {@link com.agencyos.outreach.enrollment.domain.FirstEmail}
 * rather than a sequence or a playbook; scheduling, approvals, sending, follow-ups threaded by
 * {@code In-Reply-To}, pauses for out-of-office replies, delivery events, suppression and {@code lead.converted}
 * arrive with the campaigns and sending issue.
 *
 * <p>Reads: {@code GET /api/v1/campaigns/{id}/enrollments} and {@code GET /api/v1/touches/{id}} (any role; another
 * tenant's campaign or touch is not found).
 */
package com.agencyos.outreach.enrollment;
