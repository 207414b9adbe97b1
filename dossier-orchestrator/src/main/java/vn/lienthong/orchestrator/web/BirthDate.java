package vn.lienthong.orchestrator.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth ({@code YYYY-MM-DD}) on or after 1900-01-01 and, unless told otherwise, not after today on the
 * service's clock. The validator gets that clock from Spring (Spring's validator factory autowires validators).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDate.Validator.class)
@interface BirthDate {
    String message() default "must be a date of birth from 1900-01-01 to today";

    /** False for the child: a child born after today is the intake's own refusal (birth-date-in-the-future). */
    boolean notAfterToday() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<BirthDate, String> {
        private final Clock clock;
        private boolean notAfterToday;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(BirthDate annotation) {
            notAfterToday = annotation.notAfterToday();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return TextRules.isBirthDate(value, LocalDate.now(clock), notAfterToday);
        }
    }
}
