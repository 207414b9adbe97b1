package vn.lienthong.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule for an {@code Idempotency-Key} header, the same on every endpoint that honours one: absent means no
 * replay protection; present, it must be 1 to 200 printable ASCII characters (as an HTTP structured-field string),
 * not blank and without outer spaces — otherwise a 400 naming the header, never taken as absent.
 */
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = 200)
@Pattern(regexp = "[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?")
public @interface IdempotencyKey {

    String message() default "must be 1 to 200 printable ASCII characters, not blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
