package org.banyan.common.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code banyan.kafka.*}: how contract topics are created and how consumers retry.
 *
 * @param partitions         partitions of each contract topic (and its DLQ) when this service creates it
 * @param replicationFactor  replication factor of created topics (1 locally, 3 in production)
 * @param createTopics       whether this service creates missing contract topics at start-up
 * @param retry              back-off for transient listener failures before a record is dead-lettered
 */
@ConfigurationProperties("banyan.kafka")
public record BanyanKafkaProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("true") boolean createTopics,
        @DefaultValue Retry retry) {

    public record Retry(
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("5s") Duration maxInterval,
            @DefaultValue("4") int maxAttempts) {
    }
}
