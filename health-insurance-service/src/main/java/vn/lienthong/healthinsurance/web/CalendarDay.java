package vn.lienthong.healthinsurance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day a query can sensibly name: from 1900 to 2999. Beyond that lie only typos and probes (year 0, year -1,
 * {@code +999999999}), which ISO 8601 parses but no card, declaration or due date has.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CalendarDay.Validator.class)
@interface CalendarDay {

    LocalDate FIRST = LocalDate.of(1900, 1, 1);
    LocalDate LAST = LocalDate.of(2999, 12, 31);

    String message() default "must be a day from 1900-01-01 to 2999-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CalendarDay, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate day, ConstraintValidatorContext context) {
            return day == null || (!day.isBefore(FIRST) && !day.isAfter(LAST));
        }
    }
}
