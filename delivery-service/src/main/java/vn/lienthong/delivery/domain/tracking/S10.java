package vn.lienthong.delivery.domain.tracking;

import java.util.regex.Pattern;

/**
 * UPU standard S10 item identifiers (DESIGN.md rule 8): two service letters, an 8-digit serial, a check digit
 * and the two-letter country code, e.g. {@code RR473124829VN}.
 */
public final class S10 {

    public static final int MAX_SERIAL = 99_999_999;

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    private S10() {
    }

    /** The check digit of an 8-digit serial: 11 − (Σ digit × weight mod 11), where 10 becomes 0 and 11 becomes 5. */
    public static int checkDigit(int serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("an S10 serial has 8 digits, got " + serial);
        }
        int sum = 0;
        int rest = serial;
        for (int i = WEIGHTS.length - 1; i >= 0; i--) {
            sum += (rest % 10) * WEIGHTS[i];
            rest /= 10;
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 0;
            case 11 -> 5;
            default -> check;
        };
    }

    /** The identifier for a serial: {@code servicePrefix + serial (8 digits) + check digit + country}. */
    public static String compose(String servicePrefix, int serial, String country) {
        if (!TWO_LETTERS.matcher(servicePrefix).matches() || !TWO_LETTERS.matcher(country).matches()) {
            throw new IllegalArgumentException("S10 service indicator and country are two capital letters");
        }
        return "%s%08d%d%s".formatted(servicePrefix, serial, checkDigit(serial), country);
    }

    /** True for 13 characters of the S10 shape whose check digit matches its serial. */
    public static boolean isValid(String candidate) {
        if (!SHAPE.matcher(candidate).matches()) {
            return false;
        }
        int serial = Integer.parseInt(candidate.substring(2, 10));
        return candidate.charAt(10) - '0' == checkDigit(serial);
    }
}
