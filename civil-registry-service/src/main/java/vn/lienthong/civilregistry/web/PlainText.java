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
import org.jspecify.annotations.Nullable;

/**
 * Free text a person typed: no control characters (line breaks included), no format characters (bidi overrides
 * such as U+202E, zero-width ones) and no lone surrogates, which would forge what a reader of the record sees.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must not contain control, format (bidi) or lone surrogate characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    public final class Validator implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
            return text == null || isPlain(text);
        }

        static boolean isPlain(String text) {
            return text.codePoints().noneMatch(c -> switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                     Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
                default -> false;
            });
        }
    }
}
