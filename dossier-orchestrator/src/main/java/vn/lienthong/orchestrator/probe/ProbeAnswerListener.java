package vn.lienthong.orchestrator.probe;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.platform.messaging.InboundMessages;

/**
 * Reads the agencies' events topics. Only probe answers are handled until the saga lands; other
 * events go to the dead-letter topic, from where they can be replayed.
 */
@Component
class ProbeAnswerListener {

    private final InboundMessages inbound;
    private final Probes probes;

    ProbeAnswerListener(InboundMessages inbound, Probes probes) {
        this.inbound = inbound;
        this.probes = probes;
    }

    @KafkaListener(topics = {Topics.CIVIL_REGISTRY_EVENTS, Topics.RESIDENCE_EVENTS,
            Topics.HEALTH_INSURANCE_EVENTS, Topics.DELIVERY_EVENTS})
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, ProbeAnswered.class, probes::record);
    }
}
