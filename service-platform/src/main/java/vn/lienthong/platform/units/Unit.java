package vn.lienthong.platform.units;

/**
 * A receiving unit: since July 2025 a commune-level one-stop desk, identified by its e-government agency code.
 *
 * @param code e-government agency code, e.g. {@code 000.26.45.H26}
 * @param name the unit's display name
 * @param provinceCode 3-digit province code of Circular 07/2016 (the prefix of personal ID numbers it registers)
 * @param commune the commune (or ward) the unit serves, as written in addresses
 */
public record Unit(String code, String name, String provinceCode, String commune) {
}
