package vn.lienthong.orchestrator.messaging;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.orchestrator.dossier.DossierSaga;
import vn.lienthong.orchestrator.probe.Probes;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.InboundMessages;

/**
 * Reads the four agencies' events topics (one listener, so one consumer group owns every partition) and hands
 * each event to its dossier's saga, inside the inbox transaction that de-duplicates it.
 */
@Component
class AgencyEvents {

    private final InboundMessages inbound;
    private final DossierSaga sagas;
    private final Probes probes;

    AgencyEvents(InboundMessages inbound, DossierSaga sagas, Probes probes) {
        this.inbound = inbound;
        this.sagas = sagas;
        this.probes = probes;
    }

    @KafkaListener(topics = {Topics.CIVIL_REGISTRY_EVENTS, Topics.RESIDENCE_EVENTS,
            Topics.HEALTH_INSURANCE_EVENTS, Topics.DELIVERY_EVENTS})
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, Message.class, message -> {
            if (message instanceof ProbeAnswered answer) {
                probes.record(answer);
            } else {
                String id = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
                sagas.on(message, id == null ? null : UUID.fromString(id),
                        CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE));
            }
        });
    }
}
