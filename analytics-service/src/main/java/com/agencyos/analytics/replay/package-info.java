/**
 * Topic replay: builds a fresh analytics database from the Kafka topics themselves, as live consumption built the
 * current one.
 *
 * <p>{@code TopicReplay} reads every consumed topic from its earliest offset up to the end offsets taken at start,
 * with partitions it assigns itself (no consumer group joined, nothing committed unless a commit group is named),
 * and takes each record in through the same {@code FactIntake} as the live listener: inbox (once per
 * {@code ce_id}), fact, lead view, in one transaction per record. Poison is skipped and counted (live consumption
 * dead-lettered it). The jar runs it with {@code --agencyos.analytics.replay-topics-and-exit=true}. What it cannot
 * bring back is what a topic no longer holds: events past a topic's retention, and all but each key's latest
 * {@code tenant.changed} on that compacted topic; the facts rebuild ({@code LeadRebuild}) has no such limit.
 */
package com.agencyos.analytics.replay;
