package vn.lienthong.contracts.delivery;

/**
 * A policy beneficiary (người có công). {@code category}: WAR_INVALID, MARTYR_FAMILY,
 * REVOLUTIONARY_VETERAN, HEROIC_MOTHER, RESISTANCE_ACTIVIST or OTHER_MERIT.
 */
public record Beneficiary(String category, String certificateNumber) {
}
