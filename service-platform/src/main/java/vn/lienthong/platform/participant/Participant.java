package vn.lienthong.platform.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.messaging.DeclaredTopics;

/**
 * An agency's part in linked dossiers, declared once as a bean in the agency's messaging package:
 *
 * <pre>{@code
 * @Bean
 * Participant<ResidenceCommand, ResidenceEvent> residenceParticipant(ResidenceCommands commands) {
 *     return Participant.of(Agency.RESIDENCE)
 *             .step(RegisterResidence.class, commands::register)
 *             .step(SupplementResidenceApplication.class, commands::supplement)
 *             .cancellation(CancelResidenceApplication.class, commands::cancel)
 *             .decisions(ResidenceRegistered.class, ResidenceRefused.class)
 *             .build();
 * }
 * }</pre>
 *
 * From it the platform reads the agency's commands topic (each command once, in one transaction), calls the
 * handler of the command's type and writes the handler's reply, if any, to the agency's events topic in the same
 * transaction. It remembers each dossier that was cancelled or decided ({@link DossierMemory}): a step for a
 * cancelled dossier is skipped; a step for a decided dossier is answered with the remembered decision, without
 * the handler. A cancellation always reaches its handler. Replies made later (an officer's decision, a
 * retry, a carrier's report) go through {@link Replies#send}.
 *
 * <p>{@code build()} checks the declaration against the agency's message families when the service starts:
 * every command type of the agency has exactly one handler, and decisions are the agency's replies. A reply of
 * another family is refused when a handler returns it. To have the compiler check handler types as well, name
 * the families: {@code Participant.<ResidenceCommand, ResidenceEvent>of(Agency.RESIDENCE)}.
 *
 * @param <C> the agency's command family
 * @param <E> the agency's reply family
 */
public final class Participant<C extends Message, E extends Message> implements DeclaredTopics {

    /** A command handler: the reply to the command, or empty when the answer comes later. */
    record Handler(Class<? extends Message> type, boolean cancellation,
                   Function<Message, Optional<? extends Message>> function) {
    }

    private final Agency agency;
    private final List<Handler> handlers;
    private final Set<Class<? extends Message>> decisions;

    private Participant(Agency agency, List<Handler> handlers, Set<Class<? extends Message>> decisions) {
        this.agency = agency;
        this.handlers = List.copyOf(handlers);
        this.decisions = Set.copyOf(decisions);
    }

    /** Starts the declaration of {@code agency}'s participant. */
    public static <C extends Message, E extends Message> Builder<C, E> of(Agency agency) {
        return new Builder<>(agency);
    }

    public Agency agency() {
        return agency;
    }

    /** The agency's commands and events topics. */
    @Override
    public Set<Topic> owns() {
        return Set.of(agency.commands(), agency.events());
    }

    /** The agency's commands topic. */
    @Override
    public Set<Topic> consumes() {
        return Set.of(agency.commands());
    }

    /** True when {@code reply} is of a type that settles a step (listed in {@code decisions(...)}). */
    public boolean isDecision(Message reply) {
        return decisions.contains(reply.getClass());
    }

    /** True when {@code reply} belongs to the agency's reply family. */
    boolean isReply(Message reply) {
        return agency.eventFamily().isInstance(reply);
    }

    /** The handler of the command's type, or null when none was declared. */
    @Nullable Handler handlerOf(Message command) {
        for (Handler handler : handlers) {
            if (handler.type().isInstance(command)) {
                return handler;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Participant[" + agency.id() + "]";
    }

    /**
     * The declaration of a participant.
     *
     * @param <C> the command family the handlers' types are checked against by the compiler ({@code Message}
     *     unless named on {@link Participant#of})
     * @param <E> the reply family the handlers' replies are checked against by the compiler
     */
    public static final class Builder<C extends Message, E extends Message> {

        private final Agency agency;
        private final Map<Class<? extends Message>, Handler> handlers = new LinkedHashMap<>();
        private final Set<Class<? extends Message>> decisions = new LinkedHashSet<>();

        private Builder(Agency agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
        }

        /**
         * A step of the procedure: {@code handler} does the work and returns the reply, or empty while the answer
         * waits (e.g. for an officer). Not called for a dossier that was cancelled or already decided.
         */
        public <T extends C> Builder<C, E> step(Class<T> type, Function<? super T, ? extends Optional<? extends E>> handler) {
            return add(type, false, handler);
        }

        /**
         * The command that withdraws the dossier from this agency. Its handler is always called, also for a
         * dossier this agency never saw and for one already decided (which it undoes); afterwards the dossier is
         * remembered as cancelled and later steps for it are skipped.
         */
        public <T extends C> Builder<C, E> cancellation(Class<T> type,
                                                        Function<? super T, ? extends Optional<? extends E>> handler) {
            return add(type, true, handler);
        }

        /** The reply types that settle a step: once one is sent, a repeated step gets it again. */
        @SafeVarargs
        public final Builder<C, E> decisions(Class<? extends E>... types) {
            for (Class<? extends E> type : types) {
                if (!agency.eventFamily().isAssignableFrom(type)) {
                    throw new IllegalArgumentException(type.getSimpleName() + " is not a reply of " + agency.id()
                            + " (" + agency.eventFamily().getSimpleName() + ")");
                }
                if (type.isInterface()) {
                    throw new IllegalArgumentException("a decision is a message type, not a family: "
                            + type.getSimpleName());
                }
                decisions.add(type);
            }
            return this;
        }

        /**
         * The participant, checked: each of the agency's command types has one handler, and every type named
         * belongs to the agency. The type arguments are the agency's families, as the bean method declares them.
         */
        @SuppressWarnings("unchecked")
        public <C2 extends C, E2 extends E> Participant<C2, E2> build() {
            List<String> missing = new ArrayList<>();
            for (Class<?> commandType : leaves(agency.commandFamily())) {
                if (handlers.keySet().stream().noneMatch(declared -> declared.isAssignableFrom(commandType))) {
                    missing.add(commandType.getSimpleName());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("participant " + agency.id() + " has no handler for " + missing);
            }
            return (Participant<C2, E2>) new Participant<>(agency, new ArrayList<>(handlers.values()), decisions);
        }

        @SuppressWarnings("unchecked")
        private Builder<C, E> add(Class<? extends Message> type, boolean cancellation,
                                  Function<?, ? extends Optional<? extends Message>> handler) {
            Objects.requireNonNull(handler, "handler");
            if (!agency.commandFamily().isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not a command of " + agency.id()
                        + " (" + agency.commandFamily().getSimpleName() + ")");
            }
            for (Class<? extends Message> declared : handlers.keySet()) {
                if (declared.isAssignableFrom(type) || type.isAssignableFrom(declared)) {
                    throw new IllegalArgumentException("two handlers for " + type.getSimpleName());
                }
            }
            // The type check above and the lookup by type in handlerOf make the cast safe.
            var function = (Function<Message, ? extends Optional<? extends Message>>) handler;
            handlers.put(type, new Handler(type, cancellation, command -> {
                Optional<? extends Message> reply = function.apply(command);
                return Objects.requireNonNull(reply, () -> "the handler of " + type.getSimpleName()
                        + " returned null instead of Optional.empty()");
            }));
            return this;
        }

        /** The concrete message types a (sealed) family consists of. */
        private static Set<Class<?>> leaves(Class<?> family) {
            Set<Class<?>> leaves = new LinkedHashSet<>();
            if (family.isSealed()) {
                for (Class<?> member : family.getPermittedSubclasses()) {
                    leaves.addAll(leaves(member));
                }
            } else if (!family.isInterface()) {
                leaves.add(family);
            }
            return leaves;
        }
    }
}
