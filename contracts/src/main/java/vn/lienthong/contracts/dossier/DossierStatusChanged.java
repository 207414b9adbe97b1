package vn.lienthong.contracts.dossier;

import java.time.Instant;
import java.util.UUID;

/** {@code timeliness} (EARLY, ON_TIME, LATE) is set once results are returned, null before. */
public record DossierStatusChanged(
        UUID dossierId,
        String dossierCode,
        String status,
        String timeliness,
        Instant changedAt) implements DossierEvent {
}
