package com.agencyos.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param source the {@code ce_source} of events this service publishes
 * @param publishes topics this service publishes (created at start)
 * @param consumes topics this service consumes (created at start, with their {@code .dlq})
 * @param compacted topics created with {@code cleanup.policy=compact}
 * @param retainedForever topics created with {@code retention.ms=-1}, because consumers rebuild state by replaying
 *     them from the beginning
 * @param partitions partitions of each topic created at start
 * @param replicationFactor replication factor of each topic created at start
 * @param relayBatchSize outbox rows published per relay transaction
 * @param relayPollInterval fallback poll of the outbox when notifications work
 * @param relayFastPollInterval poll of the outbox when notifications are unavailable
 * @param outboxRetention how long published outbox rows are kept before purging
 * @param handlerTimeout how long one consumed event may take to process
 * @param retryAttempts retries of a failing handler before the record is dead-lettered
 */
@ConfigurationProperties("agencyos.events")
public record AgencyEventsProperties(
        String source,
        @DefaultValue List<String> publishes,
        @DefaultValue List<String> consumes,
        @DefaultValue({"tenant.changed", "tenant.secrets"}) Set<String> compacted,
        @DefaultValue("suppression.changed") Set<String> retainedForever,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("500") int relayBatchSize,
        @DefaultValue("1s") Duration relayPollInterval,
        @DefaultValue("50ms") Duration relayFastPollInterval,
        @DefaultValue("24h") Duration outboxRetention,
        @DefaultValue("30s") Duration handlerTimeout,
        @DefaultValue("3") int retryAttempts) {
}
