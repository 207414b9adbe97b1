package vn.lienthong.contracts.delivery;

import java.time.Instant;
import java.util.UUID;

public record ResultsDelivered(UUID dossierId, String trackingNumber, Instant deliveredAt) implements DeliveryEvent {
}
