package vn.lienthong.contracts.delivery;

public enum DeliveryMethod {
    POST,
    COMMUNE_STAFF,
    DESK
}
