package vn.lienthong.platform.participant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;

class DeclaredListenersUnitTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void aParticipantAndASubscriptionOnOtherTopicsGetAListenerEach() {
        beans.addBean("deliveryParticipant", Participant.of(Agency.DELIVERY)
                .step(DispatchResults.class, command -> Optional.empty())
                .build());
        beans.addBean("agencyEvents", EventSubscription.of(Set.of(Topic.DELIVERY_EVENTS), Set.of(), delivery -> { }));

        assertThatCode(() -> listeners().configureKafkaListeners(new KafkaListenerEndpointRegistrar()))
                .doesNotThrowAnyException();
    }

    @Test
    void twoDeclarationsReadingOneTopicStopTheServiceFromStarting() {
        beans.addBean("agencyEvents", EventSubscription.of(Set.of(Topic.DELIVERY_EVENTS), Set.of(), delivery -> { }));
        beans.addBean("moreEvents", EventSubscription.of(Set.of(Topic.DELIVERY_EVENTS), Set.of(), delivery -> { }));

        assertThatThrownBy(() -> listeners().configureKafkaListeners(new KafkaListenerEndpointRegistrar()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delivery.events");
    }

    private DeclaredListeners listeners() {
        return new DeclaredListeners(beans, mock(InboundMessages.class), mock(Outbox.class), mock(DossierMemory.class),
                new SimpleMeterRegistry());
    }
}
