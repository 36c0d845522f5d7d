/**
 * Event facts: every event analytics consumes, from every topic, kept once and never rewritten.
 *
 * <p>A {@link com.agencyos.analytics.fact.domain.EventFact} is the event as it arrived (its {@code ce_id},
 * {@code ce_type}, topic, tenant, the lead it is about when there is one, when it happened and its JSON
 * payload). Facts are the source of truth of this service: the lead 360 view is derived from them by a
 * {@link com.agencyos.analytics.fact.application.FactProjection}, inside the transaction that records the fact,
 * so it can always be rebuilt by replaying the facts ({@code LeadRebuild}); reports and conversion intelligence
 * query the facts directly. {@code FactIntake} is what taking in one Kafka record means (inbox, fact, projections, one
 * transaction): the live listener and the topic replay ({@code replay} package) both go through it.
 *
 * <p>Events in: {@code form.received}, {@code lead.enriched}, {@code lead.scored}, {@code playbook.generated},
 * {@code touch.sent}, {@code reply.classified}, {@code delivery.events}, {@code lead.converted},
 * {@code tenant.changed}, {@code suppression.changed}. A type this service does not know is recorded as a fact
 * and otherwise ignored. Events out: {@code scoring.weights.learned}, from the {@code intelligence} feature.
 */
package com.agencyos.analytics.fact;
