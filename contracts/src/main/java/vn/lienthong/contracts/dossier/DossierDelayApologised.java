package vn.lienthong.contracts.dossier;

import java.time.LocalDate;
import java.util.UUID;

/** Template 04: the dossier will be late; the citizen gets an apology and a new appointment date. */
public record DossierDelayApologised(
        UUID dossierId,
        String dossierCode,
        LocalDate originalDueDate,
        LocalDate newAppointmentDate,
        String reason) implements DossierEvent {
}
