package vn.lienthong.delivery.domain.shipment;

/**
 * Where a shipment stands. Post: CREATED → HANDED_TO_CARRIER → OUT_FOR_DELIVERY → DELIVERED, or
 * FAILED_ATTEMPT (→ OUT_FOR_DELIVERY again) until the last attempt fails → RETURNED (waiting at the desk)
 * → DELIVERED when picked up. Commune staff: VISIT_SCHEDULED → DELIVERED, or a failed visit → VISIT_SCHEDULED
 * again → RETURNED after the last one. Desk: AWAITING_PICKUP → DELIVERED.
 */
public enum ShipmentStatus {
    CREATED(0),
    VISIT_SCHEDULED(0),
    AWAITING_PICKUP(0),
    HANDED_TO_CARRIER(1),
    OUT_FOR_DELIVERY(2),
    FAILED_ATTEMPT(2),
    RETURNED(3),
    DELIVERED(4);

    /** How far along the way to the citizen; a report of a lower stage can only be a late one. */
    private final int stage;

    ShipmentStatus(int stage) {
        this.stage = stage;
    }

    int stage() {
        return stage;
    }

    /** The parcel has reached the citizen; nothing can follow. */
    public boolean isDelivered() {
        return this == DELIVERED;
    }

    /** Somebody at the unit must act: a home visit to make, or a parcel at the desk to hand over. */
    public boolean awaitsUnit() {
        return this == VISIT_SCHEDULED || this == AWAITING_PICKUP || this == RETURNED;
    }

    /** The statuses a carrier may report through its webhook (DESIGN.md §5). */
    public boolean isCarrierStatus() {
        return this == HANDED_TO_CARRIER || this == OUT_FOR_DELIVERY || this == DELIVERED
                || this == FAILED_ATTEMPT || this == RETURNED;
    }
}
