package vn.lienthong.contracts.civilregistry;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

public record BirthRegistrationRefused(UUID dossierId, Refusal refusal) implements CivilRegistryEvent {
}
