package vn.lienthong.testsupport.architecture.samples.good.domain;

import java.util.UUID;

/** A typed ID: the one place a UUID may be held in the domain. */
public record ShipmentId(UUID value) {

    static final UUID NONE = new UUID(0, 0);

    public static ShipmentId next() {
        return new ShipmentId(UUID.randomUUID());
    }
}
