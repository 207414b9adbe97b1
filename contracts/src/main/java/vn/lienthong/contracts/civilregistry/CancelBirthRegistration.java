package vn.lienthong.contracts.civilregistry;

import java.util.UUID;

/** The dossier was withdrawn; a completed registration is a legal record and stays. */
public record CancelBirthRegistration(UUID dossierId, String reason) implements CivilRegistryCommand {
}
