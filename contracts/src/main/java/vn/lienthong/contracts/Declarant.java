package vn.lienthong.contracts;

/** {@code relationship}: MOTHER, FATHER, GRANDPARENT, SIBLING, GUARDIAN or OTHER. */
public record Declarant(String fullName, String personalIdNumber, String relationship, String phone) {
}
