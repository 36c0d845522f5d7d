/**
 * Replies: what a prospect's answer means, and whom it answers.
 *
 * <p>{@code reply.domain} holds the built-in intent classifier (meeting request, interested, question, not
 * interested, unsubscribe, out of office, auto reply, with a return date for out-of-office replies), the carrier
 * opt-out keywords and Message-ID threading. Replies arrive from Postmark inbound ({@code /webhooks/postmark/{tenantId}/inbound},
 * basic auth) and Twilio SMS ({@code /webhooks/twilio/{tenantId}/sms}, {@code X-Twilio-Signature}); each is matched
 * to the touch it answers ({@code In-Reply-To}/{@code References} against the {@code touch} feature's
 * {@code touch_message} index, then the mailbox hash as a touch id, then the latest touch to the sender),
 * classified, stored in {@code reply} and announced as {@code reply.classified} in one transaction. An unsubscribe
 * also announces {@code agencyos.contact.unsubscribed.v1} on {@code delivery.events}. Unmatched replies are stored
 * and listed for review. {@code POST /api/v1/replies/classify} classifies text without storing anything.
 *
 * <p>With {@code AGENCYOS_LLM_BASE_URL} set, an OpenAI-compatible model classifies first ({@code reply.adapter.llm}),
 * under a time limit, and the built-in classifier answers whenever the model does not.
 */
package com.agencyos.ingest.reply;
