package vn.lienthong.delivery.domain.tracking;

import java.util.Locale;
import java.util.Optional;

/** A valid UPU S10 tracking number of Vietnam Post ({@code VN}); the only way to make one is through S10's rules. */
public record TrackingNumber(String value) {

    public static final String COUNTRY = "VN";

    public TrackingNumber {
        if (!S10.isValid(value)) {
            throw new IllegalArgumentException("not a valid S10 tracking number");
        }
    }

    /** The number for a serial issued under a service prefix (e.g. {@code RR}). */
    public static TrackingNumber issue(String servicePrefix, int serial) {
        return new TrackingNumber(S10.compose(servicePrefix, serial, COUNTRY));
    }

    /** Reads what a caller typed (case and surrounding blanks forgiven); empty when it is no valid S10 number. */
    public static Optional<TrackingNumber> parse(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        return S10.isValid(candidate) ? Optional.of(new TrackingNumber(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
