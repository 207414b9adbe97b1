package vn.lienthong.orchestrator.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.orchestrator.domain.Saga;

/** The citizen's view by dossier code: statuses and dates only, nothing that identifies a person or a place. */
record TrackingView(String dossierCode, String status, Instant receivedAt, LocalDate dueDate,
                    @Nullable LocalDate newAppointmentDate, @Nullable String timeliness, List<StepView> steps) {

    record StepView(String procedure, String status, LocalDate dueDate, @Nullable Instant finishedAt) {
    }

    static TrackingView of(Saga saga) {
        return new TrackingView(saga.dossierCode().value(), saga.status().name(), saga.receivedAt(), saga.dueDate(),
                saga.newAppointmentDate(), saga.timeliness() == null ? null : saga.timeliness().name(),
                saga.steps().stream().map(s -> new StepView(s.procedure().name(), s.status().name(), s.dueDate(),
                        s.finishedAt())).toList());
    }
}
