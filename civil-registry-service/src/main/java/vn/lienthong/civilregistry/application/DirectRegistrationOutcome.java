package vn.lienthong.civilregistry.application;

import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.contracts.Refusal;

/** What came of a direct registration at the desk. */
public sealed interface DirectRegistrationOutcome {

    /** Registered; {@code created} is false when the same request (same Idempotency-Key) had registered it before. */
    record Registered(BirthRegistration registration, boolean created) implements DirectRegistrationOutcome {
    }

    /** Refused by a rule of the registry; nothing was stored. */
    record Refused(Refusal refusal) implements DirectRegistrationOutcome {
    }

    /** The Idempotency-Key was used before for another child; nothing was stored. */
    record KeyReused() implements DirectRegistrationOutcome {
    }

    /** The population registry could not be reached; nothing was stored, the request may be repeated. */
    record RegistryUnavailable() implements DirectRegistrationOutcome {
    }
}
