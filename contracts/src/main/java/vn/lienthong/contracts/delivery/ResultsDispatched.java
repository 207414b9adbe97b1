package vn.lienthong.contracts.delivery;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code trackingNumber} is a UPU S10 number for POST, null otherwise; {@code feeWaivedBy} names the subsidy rule. */
public record ResultsDispatched(
        UUID dossierId,
        String trackingNumber,
        DeliveryMethod method,
        BigDecimal fee,
        String feeWaivedBy) implements DeliveryEvent {
}
