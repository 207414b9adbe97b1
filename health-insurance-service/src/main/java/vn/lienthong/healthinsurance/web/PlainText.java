package vn.lienthong.healthinsurance.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text an officer typed: no control characters (a CR LF would forge a log line or a header), no bidirectional
 * embeddings, overrides or isolates (U+202E shows a reason reversed), no unpaired surrogate (not Unicode at all, and
 * PostgreSQL's UTF-8 refuses it). A missing text is valid; other annotations say whether it is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
@interface PlainText {

    String message() default "must not contain control characters, bidirectional controls or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
            return text == null || plain(text);
        }

        static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || Character.isISOControl(c) || bidiControl(c)) {
                    return false;
                }
            }
            return true;
        }

        /** U+061C, U+200E–U+200F marks; U+202A–U+202E embeddings and overrides; U+2066–U+2069 isolates. */
        private static boolean bidiControl(char c) {
            return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
        }
    }
}
