package vn.lienthong.contracts.civilregistry;

import vn.lienthong.contracts.Message;

/** Commands consumed by civil-registry-service from {@code civil-registry.commands}. */
public sealed interface CivilRegistryCommand extends Message
        permits RegisterBirth, CancelBirthRegistration {
}
