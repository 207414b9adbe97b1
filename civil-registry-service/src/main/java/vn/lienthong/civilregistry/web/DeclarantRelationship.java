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
 * The declarant's relationship to the child, one of the pinned value set (DESIGN.md §5). Composed rather than a bare
 * {@code @Pattern} so the OpenAPI document states the value set as an enum only, not as an unanchored pattern.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "MOTHER|FATHER|GRANDPARENT|SIBLING|GUARDIAN|OTHER")
public @interface DeclarantRelationship {

    String message() default "must be one of MOTHER, FATHER, GRANDPARENT, SIBLING, GUARDIAN, OTHER";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
