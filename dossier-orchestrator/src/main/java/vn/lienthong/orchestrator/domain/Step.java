package vn.lienthong.orchestrator.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;

/**
 * One step of a dossier.
 *
 * @param dueDate when the step is due by its service level
 * @param refusal why it was refused or cancelled
 * @param supplementDue the last day to supply what the agency asked for, while awaiting a supplement
 */
public record Step(
        Procedure procedure,
        StepStatus status,
        LocalDate dueDate,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Refusal refusal,
        @Nullable LocalDate supplementDue) {

    public static Step waiting(Procedure procedure, LocalDate dueDate) {
        return new Step(procedure, StepStatus.WAITING, dueDate, null, null, null, null);
    }

    Step started(Instant at) {
        return new Step(procedure, StepStatus.IN_PROGRESS, dueDate, at, null, null, null);
    }

    Step done(Instant at) {
        return new Step(procedure, StepStatus.DONE, dueDate, startedAt, at, null, null);
    }

    Step refused(Instant at, Refusal why) {
        return new Step(procedure, StepStatus.REFUSED, dueDate, startedAt, at, why, null);
    }

    Step cancelled(Instant at, Refusal why) {
        return new Step(procedure, StepStatus.CANCELLED, dueDate, startedAt, at, why, null);
    }

    Step cancelling(Refusal why) {
        return new Step(procedure, StepStatus.CANCELLING, dueDate, startedAt, null, why, null);
    }

    Step awaitingSupplement(LocalDate until) {
        return new Step(procedure, StepStatus.AWAITING_SUPPLEMENT, dueDate, startedAt, null, null, until);
    }

    Step resumed() {
        return new Step(procedure, StepStatus.IN_PROGRESS, dueDate, startedAt, null, null, null);
    }
}
