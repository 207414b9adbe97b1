package vn.lienthong.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's topics are not configured here: they come from its {@link DeclaredTopics} beans (participant,
 * event subscription).
 *
 * @param partitions partitions of each created topic
 * @param replicationFactor replicas of each created topic
 */
@ConfigurationProperties("lienthong.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue Retry retry,
        @DefaultValue Relay relay) {

    /** How often a failing record is retried before it goes to the dead-letter topic. */
    public record Retry(
            @DefaultValue("3") int attempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2s") Duration maxInterval) {
    }

    /**
     * @param batchSize messages read and sent in one round
     * @param idlePoll how long the relay sleeps with no notification before it looks anyway
     * @param maxBackoff the longest wait between attempts while the broker or database is away
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500") int batchSize,
            @DefaultValue("1s") Duration idlePoll,
            @DefaultValue("5s") Duration maxBackoff) {
    }
}
