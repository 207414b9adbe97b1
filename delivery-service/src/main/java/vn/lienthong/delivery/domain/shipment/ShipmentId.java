package vn.lienthong.delivery.domain.shipment;

import java.util.Objects;
import java.util.UUID;

/** The identity of a shipment: a UUID in the database and the API, this type in the domain. */
public record ShipmentId(UUID value) {

    public ShipmentId {
        Objects.requireNonNull(value, "value");
    }

    public static ShipmentId of(UUID value) {
        return new ShipmentId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
