package vn.lienthong.delivery.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Checks {@link PlausibleTimestamp} against the service's clock (Spring builds it, so it gets the clock bean). */
public class PlausibleTimestampValidator implements ConstraintValidator<PlausibleTimestamp, OffsetDateTime> {

    /** How far ahead a caller's clock may run. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The oldest report worth recording: older is a wrong clock or a wrong year, not a late parcel. */
    public static final Duration MAX_AGE = Duration.ofDays(366);

    private final Clock clock;

    public PlausibleTimestampValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(@Nullable OffsetDateTime value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Instant at = value.toInstant();
        Instant now = clock.instant();
        return !at.isAfter(now.plus(CLOCK_SKEW)) && !at.isBefore(now.minus(MAX_AGE));
    }
}
