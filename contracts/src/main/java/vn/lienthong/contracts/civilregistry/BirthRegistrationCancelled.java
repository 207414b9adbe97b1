package vn.lienthong.contracts.civilregistry;

import java.util.UUID;

public record BirthRegistrationCancelled(UUID dossierId) implements CivilRegistryEvent {
}
