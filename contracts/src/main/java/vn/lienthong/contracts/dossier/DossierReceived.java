package vn.lienthong.contracts.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record DossierReceived(
        UUID dossierId,
        String dossierCode,
        String unitCode,
        List<String> procedures,
        Instant receivedAt,
        LocalDate dueDate,
        boolean dueDateProvisional) implements DossierEvent {
}
