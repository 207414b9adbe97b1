package vn.lienthong.delivery.domain.shipment;

/** What a report or an officer's record did to the shipment; every one is kept in its history. */
public enum Effect {
    /** It moved the shipment (or, for a failed attempt, counted one). */
    APPLIED,
    /** It happened before what the shipment already knows: recorded, the status stays. */
    LATE,
    /** It repeats the status the shipment already has. */
    NO_CHANGE
}
