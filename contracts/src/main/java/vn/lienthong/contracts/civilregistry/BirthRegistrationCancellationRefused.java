package vn.lienthong.contracts.civilregistry;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

/** The registration was already complete: it is a legal record and is not cancelled. */
public record BirthRegistrationCancellationRefused(UUID dossierId, Refusal refusal) implements CivilRegistryEvent {
}
