/**
 * Sending resources: the mailboxes, LinkedIn seats and SMS numbers touches go out through.
 *
 * <p>Each has a daily limit (defaults 50 emails per mailbox, 17 LinkedIn actions per seat, 100 SMS per number),
 * counted per calendar day in the resource's own time zone, and an optional warm-up ramp (10 on its first day,
 * 2 more each day, up to the limit). Email is also capped per sending domain across the tenant's mailboxes
 * ({@code agencyos.outreach.email-per-domain-daily-limit}, 50). Allocation is round-robin (least recently used
 * first) over the resources with capacity left; a lead keeps its resource for the whole thread. Counters are
 * conditional upserts ({@code used < limit}) in the caller's transaction: concurrent allocators cannot overshoot a
 * limit, and a touch that is rolled back gives its capacity back.
 *
 * <p>A tenant with no resource on a channel gets its <em>draft desk</em>: it sends nothing and has no limit; its
 * touches are drafts for a person to send (the demo path).
 *
 * <p>API {@code /api/v1/sending-resources}: any role reads (with today's limit and use), owners and admins add
 * and disable. Not built yet: secrets for SMTP passwords. The providers of the other channels are in {@code channel}.
 */
package com.agencyos.outreach.sending;
