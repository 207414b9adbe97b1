package vn.lienthong.platform.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a linked dossier, shared by every agency: a UUID on the wire and in the database, this type in
 * every domain core, so that a dossier's ID cannot be passed where a certificate's or a shipment's is expected.
 */
public record DossierId(UUID value) {

    public DossierId {
        Objects.requireNonNull(value, "value");
    }

    public static DossierId of(UUID value) {
        return new DossierId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
