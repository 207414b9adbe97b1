package vn.lienthong.orchestrator.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;

/**
 * The outcome of one event on a dossier: its next state, the messages to write to the outbox in the same
 * transaction, what to add to the timeline, and the timers to set.
 */
public record Transition(Saga saga, List<Outgoing> messages, List<Entry> timeline, List<Timer> timers) {

    public Transition {
        messages = List.copyOf(messages);
        timeline = List.copyOf(timeline);
        timers = List.copyOf(timers);
    }

    public record Outgoing(Topic topic, Message message) {
    }

    /** A line of the dossier's timeline. */
    public record Entry(String what, @Nullable Procedure procedure) {
    }

    /** Wake the dossier at the end of {@code lastDay} (Vietnam time) for {@code kind} of {@code procedure}. */
    public record Timer(Kind kind, @Nullable Procedure procedure, LocalDate lastDay) {
        public enum Kind { SUPPLEMENT_DEADLINE, STEP_DUE }
    }
}
