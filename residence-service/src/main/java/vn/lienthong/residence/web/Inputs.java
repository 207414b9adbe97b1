package vn.lienthong.residence.web;

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
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the API boundary for the residence service's input (issue 13): names, free text, birth dates and
 * value sets. Each answers a 400 naming the field and the rule, never the submitted value.
 */
final class Inputs {

    /** The earliest birth date the registers take (issue 13: people born 1900 to today). */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private Inputs() {
    }

    /**
     * A person's name: Unicode letters and combining marks (so Vietnamese in NFC or NFD, DESIGN.md rule 10), spaces,
     * apostrophes and hyphens, with at least one letter. The empty string is left to {@code @Size(min = 1)}, so that
     * it is one violation, not two.
     */
    @Documented
    @Constraint(validatedBy = PersonNameValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface PersonName {
        String message() default "must be letters, spaces, apostrophes and hyphens only";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Free text (an address line, a reason, a household number): no control characters, bidi controls or lone
     * surrogates, and with {@code allowBlank = false} not blank. The empty string is left to {@code @Size(min = 1)}
     * (one violation, not two).
     */
    @Documented
    @Constraint(validatedBy = PlainTextValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface PlainText {
        String message() default "must not be blank nor contain control characters, bidirectional controls or lone "
                + "surrogates";

        /** Whether white space alone is taken (a reason whose blankness the domain judges). */
        boolean allowBlank() default true;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A birth date: from 1900-01-01 to today in Viet Nam (the service's clock). */
    @Documented
    @Constraint(validatedBy = BirthDateValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface BirthDate {
        String message() default "must be a date from 1900-01-01 to today";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /**
     * One of a value set. Not {@code @Pattern}: the OpenAPI document states the set as an enum
     * ({@code @Schema(allowableValues)}), not as an unanchored regular expression.
     */
    @Documented
    @Constraint(validatedBy = OneOfValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface OneOf {
        String[] value();

        String message() default "must be one of the allowed values";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static boolean isPersonName(String name) {
        if (name.isEmpty()) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!isMark(c) && c != ' ' && c != '\'' && c != '\u2019' && c != '-') {
                return false;
            }
        }
        return letter;
    }

    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || Character.isISOControl(c) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The embeddings, overrides, isolates and marks that reorder text as it is shown (U+202E and its kind). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    public static final class PersonNameValidator implements ConstraintValidator<PersonName, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || isPersonName(value);
        }
    }

    public static final class PlainTextValidator implements ConstraintValidator<PlainText, String> {
        private boolean allowBlank = true;

        @Override
        public void initialize(PlainText annotation) {
            allowBlank = annotation.allowBlank();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || (isPlainText(value) && (allowBlank || value.isEmpty() || !value.isBlank()));
        }
    }

    /** Today is the service's clock's (the one clock, Asia/Ho_Chi_Minh; a test's TestClock). */
    public static final class BirthDateValidator implements ConstraintValidator<BirthDate, LocalDate> {
        private final Clock clock;

        public BirthDateValidator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST_BIRTH) && !value.isAfter(LocalDate.now(clock)));
        }
    }

    public static final class OneOfValidator implements ConstraintValidator<OneOf, String> {
        private List<String> allowed = List.of();

        @Override
        public void initialize(OneOf annotation) {
            allowed = Arrays.asList(annotation.value());
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
