package vn.lienthong.civilregistry.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.platform.text.VietnameseText;

/**
 * A birth certificate's number in its unit's register: "Số N, quyển số YYYY", N counting from 1 in each
 * unit's book of each year with no gaps.
 */
public record CertificateNumber(int number, int year) {

    // "Số 12, quyển số 2025" in any case, NFC or NFD (folded first), or the short form "12/2025".
    private static final Pattern WRITTEN = Pattern.compile("(?:số\\s*)?(\\d{1,9})\\s*(?:,\\s*quyển\\s*số\\s*|/)\\s*(\\d{4})");

    public CertificateNumber {
        if (number < 1) {
            throw new IllegalArgumentException("certificate numbers start at 1");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("book year must have four digits");
        }
    }

    /** Reads a number as an officer writes it; empty when it is not one. */
    public static Optional<CertificateNumber> parse(String text) {
        Matcher matcher = WRITTEN.matcher(VietnameseText.comparisonKey(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        int year = Integer.parseInt(matcher.group(2));
        // Four digits may still read 0999: not a book year, so not a number rather than a refused construction.
        return number < 1 || year < 1000 ? Optional.empty() : Optional.of(new CertificateNumber(number, year));
    }

    @Override
    public String toString() {
        return "Số " + number + ", quyển số " + year;
    }
}
