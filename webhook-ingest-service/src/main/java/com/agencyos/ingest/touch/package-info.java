/**
 * The Message-ID index of sent touches, so a reply can be traced back to the touch, lead and campaign it answers.
 *
 * <p>Every {@code touch.sent} ({@code agencyos.touch.sent.v1}, from outreach-service) is recorded in
 * {@code touch_message}: touch id → tenant, lead, campaign, channel, mode, recipient and, for email, the RFC 5322
 * {@code Message-ID} (angle brackets kept, unique). Consumption is idempotent through the inbox; the index emits
 * no event of its own.
 *
 * <p>Walking skeleton: matching inbound replies ({@code In-Reply-To} / {@code References}, then the recipient
 * address or phone) against this index, and publishing {@code reply.classified} and the delivery events, arrive
 * with the ingest issue.
 */
package com.agencyos.ingest.touch;
