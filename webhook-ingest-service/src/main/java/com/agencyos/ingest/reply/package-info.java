/**
 * Replies: what a prospect's answer means, and whom it answers.
 *
 * <p>{@code reply.domain} holds the built-in intent classifier (meeting request, interested, question, not
 * interested, unsubscribe, out of office, auto reply, with a return date for out-of-office replies). It is
 * plain Java with no adapter yet.
 *
 * <p>Walking skeleton: the Postmark inbound and Twilio SMS webhooks, matching a reply to its touch through the
 * {@code touch} Message-ID index, {@code POST /api/v1/replies/classify}, and publishing {@code reply.classified}
 * and the delivery events arrive with the ingest issue.
 */
package com.agencyos.ingest.reply;
