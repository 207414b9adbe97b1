package vn.lienthong.contracts.civilregistry;

import vn.lienthong.contracts.Message;

/** Events published by civil-registry-service on {@code civil-registry.events}. */
public sealed interface CivilRegistryEvent extends Message
        permits BirthRegistered, BirthRegistrationRefused, BirthRegistrationCancelled,
                BirthRegistrationCancellationRefused {
}
