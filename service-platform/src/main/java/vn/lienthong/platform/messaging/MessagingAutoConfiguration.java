package vn.lienthong.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the outbox, its relay, the inbox, the listeners' error handling and the service's topics (from its
 * {@link DeclaredTopics} beans).
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    MessagingSchema messagingSchema(DataSource dataSource) {
        return new MessagingSchema(dataSource);
    }

    @Bean
    MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Bean
    Outbox outbox(MessagingSchema schema, JdbcClient jdbc, MessageCodec codec) {
        return new Outbox(schema, jdbc, codec);
    }

    @Bean
    OutboxRelay outboxRelay(MessagingSchema schema, DataSource dataSource, JdbcClient jdbc,
                            KafkaTemplate<String, byte[]> kafka, MessagingProperties properties,
                            @Value("${spring.application.name}") String applicationName, MeterRegistry meters) {
        return new OutboxRelay(schema, dataSource, jdbc, kafka, properties, applicationName, meters);
    }

    @Bean
    Inbox inbox(MessagingSchema schema, JdbcClient jdbc) {
        return new Inbox(schema, jdbc);
    }

    @Bean
    InboundMessages inboundMessages(MessageCodec codec, Inbox inbox, Outbox outbox, TransactionTemplate transactions,
                                    @Value("${spring.application.name}") String applicationName, MeterRegistry meters,
                                    ObjectProvider<Clock> clock) {
        return new InboundMessages(codec, inbox, outbox, transactions, applicationName, meters,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** Picked up by Boot's listener container factory: bounded retries with backoff, then the DLT. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties,
                                          MeterRegistry meters) {
        var retry = properties.retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(DeadLetters.recoverer(kafka, meters), backOff);
        handler.addNotRetryableExceptions(UndecodableMessageException.class, UnsupportedMessageException.class);
        return handler;
    }

    /** The topics this service owns and the dead-letter topics beside those it reads. */
    @Bean
    KafkaAdmin.NewTopics serviceTopics(MessagingProperties properties, ObjectProvider<DeclaredTopics> declarations) {
        ServiceTopics service = ServiceTopics.of(declarations.orderedStream().toList());
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : service.created()) {
            topics.add(new NewTopic(topic, properties.partitions(), properties.replicationFactor()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    DeadLetters deadLetters(ObjectProvider<DeclaredTopics> declarations, ConsumerFactory<String, byte[]> consumers,
                            KafkaTemplate<String, byte[]> kafka,
                            @Value("${spring.kafka.consumer.group-id}") String consumerGroup) {
        ServiceTopics service = ServiceTopics.of(declarations.orderedStream().toList());
        return new DeadLetters(service.consumed(), consumers, kafka, consumerGroup);
    }
}
