package vn.lienthong.contracts.delivery;

/** One result in the parcel, e.g. kind BIRTH_CERTIFICATE_EXTRACT with its certificate number. */
public record ResultDocument(String kind, String reference) {
}
