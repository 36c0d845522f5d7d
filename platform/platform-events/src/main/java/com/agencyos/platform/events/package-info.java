/**
 * Event mechanics every service shares. No domain types live here: a service declares its own topic names
 * and event types as constants and its own payload records; consumers read the JSON they need.
 *
 * <h2>Envelope</h2>
 * CloudEvents 1.0 in Kafka binary mode: the JSON payload is the record value, the attributes are headers
 * ({@code ce_id}, {@code ce_type} such as {@code agencyos.lead.scored.v1}, {@code ce_source},
 * {@code ce_specversion}, {@code ce_time}, {@code ce_subject}, {@code ce_tenantid}) plus W3C
 * {@code traceparent} and {@code content-type}. The record key is the lead id for lead topics and the tenant id
 * for tenant topics, so one aggregate's events stay in order.
 *
 * <h2>Publishing: transactional outbox</h2>
 * {@link com.agencyos.platform.events.Outbox#append} inserts the event into {@code outbox_event} inside the
 * caller's R2DBC transaction and issues {@code pg_notify}, which PostgreSQL delivers only on commit. The
 * {@link com.agencyos.platform.events.OutboxRelay} listens on a dedicated connection and drains on each
 * notification (and on a slow fallback poll, and after every reconnect, because notifications sent while
 * disconnected are lost). A drain runs under a transaction-scoped advisory lock, so with several instances
 * of a service exactly one relays at a time and order is kept; it sends the batch with the idempotent
 * {@code acks=all} producer, waits for the acknowledgements, then marks the rows published in the same
 * transaction. A crash between send and commit republishes the batch: consumers deduplicate on
 * {@code ce_id}, so that is harmless.
 *
 * <h2>Consuming: idempotent inbox</h2>
 * {@link com.agencyos.platform.events.Inbox#process} records {@code (consumer, ce_id)} in {@code inbox_event}
 * in the same transaction as the handler's state change; a redelivered event finds its row and changes
 * nothing. Unknown event types on a topic are recorded and skipped (producers may add types).
 *
 * <h2>Trace context</h2>
 * The outbox stores the traceparent of the Reactor context ({@code Traceparent.CONTEXT_KEY}), the relay puts it on
 * the record and the inbox makes a child of the record's current for the handler. With the OpenTelemetry agent
 * attached ({@code TraceSpans.active()}) these are real spans: the inbox's CONSUMER span {@code <topic> process}
 * (current while the handler runs, its context the one the handler's events store as is) and the relay's PRODUCER
 * span {@code <topic> publish}, child of the stored traceparent, whose context the record carries. Without the agent
 * nothing is exported and the span ids are random children, as the headers always had.
 *
 * <h2>Failures</h2>
 * A record whose envelope or JSON cannot be read is poison: it goes straight to {@code <topic>.dlq}. Any other
 * handler error is retried a few times with backoff (about 1.5 s in all) and then dead-lettered, with the
 * exception in the {@code kafka_dlt-*} headers, so the partition is not held. Infrastructure outages (the
 * database unreachable) are retried without limit instead: dead-lettering good events because our own
 * database is restarting would lose them from the pipeline.
 */
package com.agencyos.platform.events;
