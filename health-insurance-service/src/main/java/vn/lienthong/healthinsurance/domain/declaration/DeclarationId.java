package vn.lienthong.healthinsurance.domain.declaration;

import java.util.Objects;
import java.util.UUID;

/** The identity of a TK1-TS declaration: a UUID in the database and the office's API, this type in the core. */
public record DeclarationId(UUID value) {

    public DeclarationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
