package vn.lienthong.platform.participant;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.messaging.DeclaredTopics;

/**
 * A service's reading of other services' events, declared as one bean; the orchestrator's, for instance:
 *
 * <pre>{@code
 * @Bean
 * EventSubscription agencyEvents(DossierSaga sagas, Probes probes) {
 *     return EventSubscription.of(
 *             Set.of(Topic.CIVIL_REGISTRY_EVENTS, Topic.RESIDENCE_EVENTS, Topic.HEALTH_INSURANCE_EVENTS, Topic.DELIVERY_EVENTS),
 *             Set.of(Topic.DOSSIER_EVENTS),
 *             delivery -> sagas.on(delivery.message(), delivery.messageId(), delivery.type()));
 * }
 * }</pre>
 *
 * The platform reads the consumed topics with one listener (so one consumer of the group holds all their
 * partitions), hands each message once (inbox) to the handler inside one transaction with what the handler
 * writes and appends to the outbox, dead-letters what keeps failing to
 * {@code <topic>.DLT}, and creates the owned topics and the consumed topics' dead-letter topics.
 */
public final class EventSubscription implements DeclaredTopics {

    private final Set<Topic> consumes;
    private final Set<Topic> owns;
    private final Consumer<Delivery> handler;

    private EventSubscription(Set<Topic> consumes, Set<Topic> owns, Consumer<Delivery> handler) {
        this.consumes = Set.copyOf(consumes);
        this.owns = Set.copyOf(owns);
        this.handler = handler;
    }

    /**
     * @param consumes the topics to read; at least one
     * @param owns the topics this service creates (those it writes its own events to)
     * @param handler called once per message, in the message's transaction; an exception rolls it back and the
     *     message is retried, then dead-lettered
     */
    public static EventSubscription of(Set<Topic> consumes, Set<Topic> owns, Consumer<Delivery> handler) {
        if (consumes.isEmpty()) {
            throw new IllegalArgumentException("an event subscription reads at least one topic");
        }
        return new EventSubscription(consumes, owns, Objects.requireNonNull(handler, "handler"));
    }

    @Override
    public Set<Topic> consumes() {
        return consumes;
    }

    @Override
    public Set<Topic> owns() {
        return owns;
    }

    Consumer<Delivery> handler() {
        return handler;
    }

    @Override
    public String toString() {
        return "EventSubscription" + consumes;
    }
}
