package vn.lienthong.platform.participant;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;

/**
 * Registers one listener container per {@link Participant} bean (on its commands topic) and per
 * {@link EventSubscription} bean (on its topics), each with the bean's name as its ID. They come from the
 * default container factory, so they get the same retries and dead-letter recoverer as every other listener.
 */
final class DeclaredListeners implements KafkaListenerConfigurer {

    private final ListableBeanFactory beans;
    private final InboundMessages inbound;
    private final Outbox outbox;
    private final DossierMemory memory;
    private final MeterRegistry meters;

    DeclaredListeners(ListableBeanFactory beans, InboundMessages inbound, Outbox outbox, DossierMemory memory,
                      MeterRegistry meters) {
        this.beans = beans;
        this.inbound = inbound;
        this.outbox = outbox;
        this.memory = memory;
        this.meters = meters;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        Map<Topic, String> readers = new HashMap<>();
        beans.getBeansOfType(Participant.class).forEach((name, participant) -> {
            claim(readers, participant.consumes(), name);
            registrar.registerEndpoint(new RecordEndpoint(name, participant.consumes(),
                    new ParticipantListener(participant, inbound, outbox, memory, meters)));
        });
        beans.getBeansOfType(EventSubscription.class).forEach((name, subscription) -> {
            claim(readers, subscription.consumes(), name);
            registrar.registerEndpoint(new RecordEndpoint(name, subscription.consumes(),
                    new SubscriptionListener(subscription, inbound)));
        });
    }

    /** Two declarations on one topic would share its partitions in one consumer group, each missing messages. */
    private static void claim(Map<Topic, String> readers, Collection<Topic> topics, String reader) {
        for (Topic topic : topics) {
            String other = readers.putIfAbsent(topic, reader);
            if (other != null) {
                throw new IllegalStateException(topic + " is read by both " + other + " and " + reader);
            }
        }
    }

    /** A record listener on fixed topics, in the service's consumer group. */
    private record RecordEndpoint(String id, Collection<Topic> topics, MessageListener<String, byte[]> listener)
            implements KafkaListenerEndpoint {

        @Override
        public String getId() {
            return id;
        }

        @Override
        public @Nullable String getGroupId() {
            return null;
        }

        @Override
        public @Nullable String getGroup() {
            return null;
        }

        @Override
        public Collection<String> getTopics() {
            return topics.stream().map(Topic::name).sorted().toList();
        }

        @Override
        public TopicPartitionOffset @Nullable [] getTopicPartitionsToAssign() {
            return null;
        }

        @Override
        public java.util.regex.@Nullable Pattern getTopicPattern() {
            return null;
        }

        @Override
        public @Nullable String getClientIdPrefix() {
            return null;
        }

        @Override
        public @Nullable Integer getConcurrency() {
            return null;
        }

        @Override
        public @Nullable Boolean getAutoStartup() {
            return null;
        }

        @Override
        public void setupListenerContainer(MessageListenerContainer container, @Nullable MessageConverter converter) {
            container.setupMessageListener(listener);
        }

        @Override
        public boolean isSplitIterables() {
            return false;
        }
    }
}
