package vn.lienthong.identity;

/**
 * One receiving unit of the shared table {@code lienthong-units.yml} (module contracts): its code in the
 * e-government agency format, name, province code and commune. Only code and province matter here.
 */
public record UnitRecord(String code, String name, String provinceCode, String commune) {
}
