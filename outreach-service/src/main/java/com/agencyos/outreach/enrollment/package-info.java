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
 *       enrolled (in the campaign it named at intake, else the tenant's inbound campaign) if that campaign is
 *       active and the tier meets its minimum, and its step 1 is scheduled due at once; otherwise it is recorded
 *       as not enrolled with the reason. Rules: {@link com.agencyos.outreach.enrollment.domain.EnrollmentPolicy}.
 *   <li>Out {@code touch.sent} (keyed by lead id) through the outbox, in the same transaction as the touch.
 *   <li>In {@code reply.classified}: {@code unsubscribe}, {@code not_interested} and {@code meeting_request}
 *       stop all of the lead's enrolments ({@link com.agencyos.outreach.enrollment.domain.StopRules}).
 * </ul>
 *
 * <h2>Scheduling</h2>
 * <p>{@code scheduled_touch} is the durable schedule: one row per (enrolment, step). {@link
 * com.agencyos.outreach.enrollment.application.TouchScheduler} claims the earliest due row with {@code FOR UPDATE
 * SKIP LOCKED} (several instances share the work), locks the enrolment, runs the just-in-time checks ({@link
 * com.agencyos.outreach.enrollment.domain.DueTouchCheck}), allocates a resource, records the touch and its
 * {@code touch.sent}, marks the row done and schedules the next step, all in one transaction. A skipped or
 * rescheduled step keeps its reason on the row and in {@code touch_skip}. Follow-ups answer the previous email
 * ({@code In-Reply-To}) from the same resource.
 *
 * <p>Reads: {@code GET /api/v1/campaigns/{id}/enrollments} and {@code GET /api/v1/touches/{id}} (any role; another
 * tenant's campaign or touch is not found).
 */
package com.agencyos.outreach.enrollment;
