package vn.lienthong.residence.domain.household;

import java.util.Locale;

/**
 * Household numbers: {@code HK-<province code>-<7 digits>}, e.g. {@code HK-001-0000042}. "HK" for hộ khẩu, the
 * province code of Circular 07/2016 so a number says where the household is, then a serial from one sequence.
 * The demo households use the serials from 9000001, far from where the sequence starts.
 */
public final class HouseholdNumbers {

    private HouseholdNumbers() {
    }

    public static String format(String provinceCode, long serial) {
        if (serial < 1 || serial > 9_999_999) {
            throw new IllegalArgumentException("A household serial has at most seven digits");
        }
        return "HK-" + provinceCode + "-" + "%07d".formatted(serial);
    }

    /** The number as stored, whatever case and surrounding spaces it was typed with. */
    public static String normalise(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
