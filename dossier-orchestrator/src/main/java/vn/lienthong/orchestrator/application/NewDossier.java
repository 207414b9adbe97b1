package vn.lienthong.orchestrator.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.platform.domain.DossierId;

/**
 * A dossier the desk has accepted, with its appointment.
 *
 * @param idempotencyKey the client's {@code Idempotency-Key}, remembered with the request's hash
 * @param householdCheck what the desk could check of the household, given again to a repeated request
 */
public record NewDossier(
        DossierId dossierId,
        Instant receivedAt,
        Application application,
        LocalDate dueDate,
        boolean dueDateProvisional,
        Map<Procedure, LocalDate> stepDueDates,
        @Nullable String idempotencyKey,
        String requestHash,
        String householdCheck) {
}
