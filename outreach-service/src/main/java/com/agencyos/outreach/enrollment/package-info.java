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
 *   <li>{@code reply}: the {@code reply.classified} events received, with what they stopped or paused.
 *   <li>{@code task}: work for a person (a reply automation must not answer), at most one per reply.
 *   <li>{@code unsubscribe}: recipients who used their {@code /u/{token}} link, each once.
 *   <li>{@code approval}: a co-pilot step's rendered message waiting for a person, at most one per step.
 * </ul>
 *
 * <h2>Events</h2>
 * <ul>
 *   <li>In {@code lead.scored}: a lead whose tier is not {@code dead} and whose allowed channels include email is
 *       enrolled (in the campaign it named at intake, else the tenant's inbound campaign) if that campaign is
 *       active and the tier meets its minimum, and its step 1 is scheduled due at once; otherwise it is recorded
 *       as not enrolled with the reason. Rules: {@link com.agencyos.outreach.enrollment.domain.EnrollmentPolicy}.
 *   <li>Out {@code touch.sent} (keyed by lead id) through the outbox: a draft in the same transaction as the
 *       touch, a sent email (or provider message) in the transaction that records the SMTP server's (provider's) acceptance.
 *   <li>In {@code lead.enriched}: the lead's phone and LinkedIn profile ({@code lead_contact}), the recipients of steps on
 *       SMS, voice and LinkedIn; a step on a channel the lead has no address on is skipped with the reason. Such a step
 *       is a draft in {@code draft_only}; in {@code send} it goes to the channel's provider ({@code channel} package) through
 *       the same {@code sending} → {@code sent} | {@code unknown} state machine as email, or is a task for a person when
 *       the channel has no provider configured.
 *   <li>In {@code reply.classified} ({@link com.agencyos.outreach.enrollment.domain.StopRules}): unsubscribe and not
 *       interested stop; a meeting request stops, converts (out {@code lead.converted}, once per lead) and opens a
 *       task; interest and questions stop and open a task; out-of-office pauses until the return date (or 14 days);
 *       an auto-reply changes nothing.
 *   <li>In {@code delivery.events}: a hard bounce, a complaint or an unsubscribe stops the lead's enrolments.
 *   <li>Out {@code contact.unsubscribed} on {@code delivery.events} when a recipient uses their link.
 * </ul>
 *
 * <h2>Scheduling</h2>
 * <p>{@code scheduled_touch} is the durable schedule: one row per (enrolment, step). {@link
 * com.agencyos.outreach.enrollment.application.TouchScheduler} claims the earliest due row with {@code FOR UPDATE
 * SKIP LOCKED} (several instances share the work), locks the enrolment, runs the just-in-time checks ({@link
 * com.agencyos.outreach.enrollment.domain.DueTouchCheck}), allocates a resource, records the touch and its
 * {@code touch.sent}, marks the row done and schedules the next step, all in one transaction. A skipped or
 * rescheduled step keeps its reason on the row and in {@code touch_skip}. A step due outside the campaign's sending
 * window moves to the window's next opening (time read from the {@code Clock} bean): nothing is made outside it. Follow-ups answer the previous email
 * ({@code In-Reply-To}) from the same resource. In send mode the touch is recorded {@code sending} in that
 * transaction, handed to SMTP after it commits, and settled {@code sent} (or, after a crash in between, {@code
 * unknown}: never resent) in another. A co-pilot step waits in {@code approval}; a decision makes it due again.
 *
 * <p>Reads: {@code GET /api/v1/campaigns/{id}/enrollments} and {@code GET /api/v1/touches/{id}} (any role; another
 * tenant's campaign or touch is not found). Approvals and tasks: {@code /api/v1/approvals}, {@code
 * /api/v1/tasks}. Public: {@code GET|POST /u/{token}} (signed unsubscribe link).
 */
package com.agencyos.outreach.enrollment;
