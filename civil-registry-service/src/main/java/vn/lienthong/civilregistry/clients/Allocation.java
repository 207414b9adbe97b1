package vn.lienthong.civilregistry.clients;

/** The outcome of asking the population registry for a personal ID number. */
public sealed interface Allocation {

    /** The number; {@code replayed} when the registry had allocated it for this key before. */
    record Allocated(String personalIdNumber, boolean replayed) implements Allocation {
    }

    /** The registry answered with a 4xx: the request itself is wrong, and repeating it will not help. */
    record Rejected(int status) implements Allocation {
    }

    /** The registry could not be reached or did not answer usefully; ask again later with the same key. */
    record Unavailable(String reason) implements Allocation {
    }
}
