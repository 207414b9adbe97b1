package vn.lienthong.healthinsurance.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.healthinsurance.domain.declaration.Decision;

/**
 * The body of {@code POST /api/v1/declarations/{id}/decision}, pinned by DESIGN.md §5 as {@code decision} and
 * {@code reason} (the same body as the police's residence decisions), with {@code missingItems} added beside it:
 * {@code reason} is required to refuse; a supplement request needs {@code missingItems} or, as pinned, a
 * {@code reason}, which then is the one item requested.
 */
@Schema(description = "The office's decision on a declaration: APPROVE; REFUSE with a reason; REQUEST_SUPPLEMENT with "
        + "the missing items, or with only a reason, which is then the one item requested",
        example = """
                {"decision": "REQUEST_SUPPLEMENT", "reason": "Bản sao giấy chứng sinh có chứng thực"}""")
@DecisionRequest.Complete
record DecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "APPROVE",
                allowableValues = {"APPROVE", "REFUSE", "REQUEST_SUPPLEMENT"})
        @NotNull Decision.@Nullable Kind decision,
        @Schema(description = "Why: required to REFUSE; for REQUEST_SUPPLEMENT without missingItems, the one item "
                + "requested. No control characters or bidirectional controls.",
                example = "Giấy chứng sinh không hợp lệ", maxLength = 1000)
        @Size(max = 1000) @PlainText @Nullable String reason,
        @ArraySchema(arraySchema = @Schema(description = "The documents the family must hand in (REQUEST_SUPPLEMENT)"),
                maxItems = 20,
                schema = @Schema(minLength = 1, maxLength = 200, example = "Giấy chứng sinh"))
        @Size(max = 20) @Nullable List<@NotBlank @Size(min = 1, max = 200) @PlainText String> missingItems) {

    Decision toDecision() {
        return new Decision(Objects.requireNonNull(decision), reason == null ? null : reason.strip(),
                missingItems == null ? List.of() : missingItems);
    }

    /** The fields each kind of decision needs, reported on the field that lacks them. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CompleteValidator.class)
    @interface Complete {
        String message() default "is required for this decision";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class CompleteValidator implements ConstraintValidator<Complete, DecisionRequest> {
        @Override
        public boolean isValid(DecisionRequest request, ConstraintValidatorContext context) {
            if (request.decision() == Decision.Kind.REFUSE && (request.reason() == null || request.reason().isBlank())) {
                return violation(context, "reason", "is required to refuse");
            }
            if (request.decision() == Decision.Kind.REQUEST_SUPPLEMENT
                    && (request.missingItems() == null || request.missingItems().isEmpty())
                    && (request.reason() == null || request.reason().isBlank())) {
                return violation(context, "missingItems",
                        "must name at least one missing item to request a supplement (or give it as the reason)");
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
