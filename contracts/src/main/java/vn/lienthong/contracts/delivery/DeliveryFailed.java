package vn.lienthong.contracts.delivery;

import java.util.UUID;

/** The last attempt failed; the parcel went back to the one-stop desk. */
public record DeliveryFailed(UUID dossierId, String trackingNumber, int attempts, String reason)
        implements DeliveryEvent {
}
