package vn.lienthong.orchestrator.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One of a value set, checked as text so that every wrong field is reported in one answer. The OpenAPI document
 * states the set as an enum ({@code @Schema(allowableValues)}), not as a pattern.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValueSet.Validator.class)
@interface ValueSet {
    String message() default "must be one of {value}";

    String[] value();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ValueSet, String> {
        private Set<String> values = Set.of();

        @Override
        public void initialize(ValueSet annotation) {
            values = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || values.contains(value);
        }
    }
}
