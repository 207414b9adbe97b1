package vn.lienthong.residence.domain.registration;

import java.util.Objects;
import java.util.UUID;

/** The identity of a permanent-residence application: a UUID in URLs and in the database, this type in the core. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(UUID value) {
        return new ApplicationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
