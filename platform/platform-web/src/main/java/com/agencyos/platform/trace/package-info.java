/**
 * W3C trace context carried by hand ({@link com.agencyos.platform.trace.Traceparent}: HTTP header, Reactor context,
 * outbox row, Kafka header) and, when the OpenTelemetry agent is attached, made of the agent's spans
 * ({@link com.agencyos.platform.trace.TraceSpans}): the web filter adopts the agent's server span, the platform's
 * inbox and outbox relay start consumer and producer spans, so the ids in our headers are the exported spans' ids.
 * The {@code opentelemetry-api} is a no-op without the agent.
 */
package com.agencyos.platform.trace;
