package vn.lienthong.orchestrator.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;

/**
 * A linked-procedure group as a table: its steps in order, each with its command, its compensation and how a
 * supplement reaches it, plus the translation of its agencies' events into {@link Reply replies}. The service
 * level of each step is configuration, looked up by {@link Procedure}.
 */
public record LinkedGroup(String name, List<StepDefinition> steps, Function<Message, Optional<Reply>> replies) {

    public LinkedGroup {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.getLast().procedure() != Procedure.RESULTS_DELIVERY) {
            throw new IllegalArgumentException("A linked group ends by returning its results");
        }
    }

    public StepDefinition definition(Procedure procedure) {
        return steps.stream().filter(s -> s.procedure() == procedure).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(procedure + " is not a step of " + name));
    }

    /**
     * @param essential when refused, nothing after it can run and the dossier is refused
     * @param agency the agency that runs it: its command, compensation and supplement go to the agency's commands
     * @param compensation cancels the step in its service when the dossier is withdrawn; none once it cannot be
     * @param supplement forwards the officer's supplement; none for a step that never asks for one
     */
    public record StepDefinition(
            Procedure procedure,
            boolean essential,
            Agency agency,
            Function<Saga, Message> command,
            @Nullable BiFunction<Saga, String, Message> compensation,
            @Nullable SupplementForwarder supplement) {

        public Topic topic() {
            return agency.commands();
        }
    }

    @FunctionalInterface
    public interface SupplementForwarder {
        Message forward(Saga saga, String note, List<Document> documents);
    }
}
