package vn.lienthong.civilregistry.domain;

import java.util.Objects;
import java.util.UUID;

/** The identity of a birth registration: a UUID in URLs and in the database, this type in the registry's code. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
