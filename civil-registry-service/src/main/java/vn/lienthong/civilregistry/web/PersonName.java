package vn.lienthong.civilregistry.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name: Unicode letters and combining marks (so NFD Vietnamese passes, rule 10), spaces, apostrophes and
 * hyphens; no digits, control characters, bidi overrides or lone surrogates. Null is left to {@code @NotBlank}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = PersonName.REGEXP)
public @interface PersonName {

    /** Letters (L), combining marks (M), space, ASCII and typographic apostrophes, hyphen. */
    String REGEXP = "[\\p{L}\\p{M} '\u2019-]+";

    String message() default "must be letters, spaces, apostrophes and hyphens only";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
