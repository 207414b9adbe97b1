package vn.lienthong.orchestrator.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.platform.domain.DossierId;

/**
 * The immutable state of one linked dossier: what was asked, where each step stands, what came out.
 *
 * @param group the name of the linked group whose table of steps this dossier follows
 * @param steps the requested steps in the group's order, the return of results last
 * @param dueDate the appointment date on the receipt slip
 * @param newAppointmentDate the later date promised in an apology (Template 04), if one was made
 */
public record Saga(
        DossierId dossierId,
        DossierCode dossierCode,
        String group,
        Application application,
        DossierStatus status,
        List<Step> steps,
        Results results,
        Instant receivedAt,
        LocalDate dueDate,
        boolean dueDateProvisional,
        @Nullable Timeliness timeliness,
        @Nullable LocalDate newAppointmentDate,
        @Nullable String withdrawalReason) {

    public Saga {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(Procedure procedure) {
        return steps.stream().filter(s -> s.procedure() == procedure).findFirst();
    }

    Saga with(Step step) {
        List<Step> updated = new ArrayList<>(steps);
        updated.replaceAll(s -> s.procedure() == step.procedure() ? step : s);
        return new Saga(dossierId, dossierCode, group, application, status, updated, results, receivedAt, dueDate,
                dueDateProvisional, timeliness, newAppointmentDate, withdrawalReason);
    }

    Saga with(DossierStatus value) {
        return new Saga(dossierId, dossierCode, group, application, value, steps, results, receivedAt, dueDate,
                dueDateProvisional, timeliness, newAppointmentDate, withdrawalReason);
    }

    Saga with(Results value) {
        return new Saga(dossierId, dossierCode, group, application, status, steps, value, receivedAt, dueDate,
                dueDateProvisional, timeliness, newAppointmentDate, withdrawalReason);
    }

    Saga withTimeliness(Timeliness value) {
        return new Saga(dossierId, dossierCode, group, application, status, steps, results, receivedAt, dueDate,
                dueDateProvisional, value, newAppointmentDate, withdrawalReason);
    }

    Saga withNewAppointment(LocalDate value) {
        return new Saga(dossierId, dossierCode, group, application, status, steps, results, receivedAt, dueDate,
                dueDateProvisional, timeliness, value, withdrawalReason);
    }

    Saga withdrawn(String reason) {
        return new Saga(dossierId, dossierCode, group, application, DossierStatus.WITHDRAWN, steps, results,
                receivedAt, dueDate, dueDateProvisional, timeliness, newAppointmentDate, reason);
    }
}
