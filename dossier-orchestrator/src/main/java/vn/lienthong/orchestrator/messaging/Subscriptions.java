package vn.lienthong.orchestrator.messaging;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.application.Probes;
import vn.lienthong.platform.participant.EventSubscription;

/** What the orchestrator reads and what it owns on the broker; the platform derives listener and topics from it. */
@Configuration(proxyBeanMethods = false)
class Subscriptions {

    /**
     * Every agency's events (one listener, so one consumer of the group holds every partition), each handed to its
     * dossier's saga inside the transaction that records it as received; probe answers go to the probes. The
     * orchestrator owns {@code dossier.events}, the dossiers' public lifecycle.
     */
    @Bean
    EventSubscription agencyEvents(DossierSaga sagas, Probes probes) {
        return EventSubscription.of(
                Arrays.stream(Agency.values()).map(Agency::events).collect(Collectors.toSet()),
                Set.of(Topic.DOSSIER_EVENTS),
                delivery -> {
                    if (delivery.message() instanceof ProbeAnswered answer) {
                        probes.record(answer);
                    } else {
                        sagas.on(delivery.message(), delivery.messageId(), delivery.type());
                    }
                });
    }
}
