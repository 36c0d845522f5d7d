/**
 * Provider adapters for the non-email channels: SMS (Twilio), LinkedIn (HeyReach), voice (Vapi) and letters (Lob).
 *
 * <p>{@code application.ChannelProvider} is the port: {@code deliver(ChannelMessage)} hands one rendered step to the
 * provider and answers the provider's {@code ProviderReceipt} (its id and status), or fails with a
 * {@code domain.ChannelDeliveryFailure} that says whether trying again later may help (429, 5xx, time-outs, an open
 * circuit) or not (the provider refused the request, or answered something that is not its documented format).
 *
 * <p>Each adapter is wrapped like enrichment's providers, one set per provider: retry (429, 5xx and I/O errors;
 * exponential backoff with jitter, Retry-After honoured up to a cap) around a circuit breaker around a bulkhead and a
 * time limit per attempt. An adapter exists only when its key is configured
 * ({@code agencyos.outreach.providers.<name>.*}); without one the channel's steps stay tasks for a person. Base URLs are
 * configurable so tests and the local stack point them at local servers.
 *
 * <p>Not built yet: the scheduler does not call these adapters (non-email steps in {@code send} mode are still
 * {@code manual_touch} tasks); provider webhooks (delivery status, replies); the lead's postal address (none arrives, so
 * letters are never sent).
 */
package com.agencyos.outreach.channel;
