package vn.lienthong.civilregistry.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's date of birth: from {@value #EARLIEST} to today in Viet Nam (the service's clock), so a mistyped
 * year ({@code 0000}, {@code 9999}) is a 400 naming the field rather than a record. Null is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateOfBirth.Validator.class)
public @interface DateOfBirth {

    String EARLIEST = "1900-01-01";

    String message() default "must be a date from " + EARLIEST + " to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which gives it the service's one clock. */
    public final class Validator implements ConstraintValidator<DateOfBirth, LocalDate> {

        private static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST);
        private final Clock clock;

        public Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
            return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LocalDate.now(clock)));
        }
    }
}
