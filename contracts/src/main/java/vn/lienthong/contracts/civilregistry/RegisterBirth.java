package vn.lienthong.contracts.civilregistry;

import java.time.Instant;
import java.util.UUID;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;

/** Register the child's birth; {@code father} may be null. */
public record RegisterBirth(
        UUID dossierId,
        String dossierCode,
        String unitCode,
        Child child,
        Parent mother,
        Parent father,
        Declarant declarant,
        Instant receivedAt) implements CivilRegistryCommand {
}
