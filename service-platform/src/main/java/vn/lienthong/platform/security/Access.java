package vn.lienthong.platform.security;

import org.springframework.http.HttpStatus;
import vn.lienthong.platform.web.DomainException;

/**
 * Refusals for a caller who may use an endpoint but not for this unit's or province's data. A single resource
 * of another unit answers as if it did not exist (no hint that it does); a list asked for another unit is a 403.
 */
public final class Access {

    private Access() {
    }

    /** A 403 problem: the caller asked for another unit's or province's records. */
    public static DomainException forbidden(String detail) {
        return new DomainException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** Refuses a list asked for a unit the caller does not work for. */
    public static void requireUnit(Caller caller, String unitCode) {
        if (!caller.worksFor(unitCode)) {
            throw forbidden("You may only see the records of your own unit.");
        }
    }

    /** Refuses a list asked for a province the caller does not work in. */
    public static void requireProvince(Caller caller, String provinceCode) {
        if (!caller.worksInProvince(provinceCode)) {
            throw forbidden("You may only see the records of your own province.");
        }
    }
}
