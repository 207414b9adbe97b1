package vn.lienthong.delivery.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A moment a carrier or an officer reports as past: at most {@link PlausibleTimestampValidator#CLOCK_SKEW} ahead of
 * the service's clock (theirs may run a little fast), and no older than {@link PlausibleTimestampValidator#MAX_AGE}
 * (a parcel's life is days, not years). Null passes: {@code @NotNull} says whether it is required. Refused as a 400
 * naming the field and the rule, never the value.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleTimestampValidator.class)
public @interface PlausibleTimestamp {

    String message() default "must be in the past (at most 5 minutes ahead of the server's clock) and within the "
            + "last 366 days";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
