package vn.lienthong.healthinsurance.domain.card;

/** A card's standing on a given day, as the clinic's check answers it. */
public enum CardStatus {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    /** No card with that number was issued here. */
    UNKNOWN
}
