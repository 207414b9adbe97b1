package vn.lienthong.orchestrator.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/dossiers} as pinned in DESIGN.md §5. Value sets and dates arrive as text and are checked
 * by validation, so that every missing or malformed field is reported in one answer rather than the first only.
 */
@IntakeRequest.Consistent
record IntakeRequest(
        @NotBlank @Pattern(regexp = UNIT_CODE, message = "must be an agency code like 000.26.45.H26") String unitCode,
        @NotEmpty List<@NotNull @Pattern(regexp = PROCEDURE, message = "must be one of " + PROCEDURE) String> procedures,
        @Pattern(regexp = "ELECTRONIC|PAPER", message = "must be ELECTRONIC or PAPER") @Nullable String regime,
        @NotNull @Valid Child child,
        @NotNull @Valid Person mother,
        @Valid @Nullable Person father,
        @NotNull @Valid Declarant declarant,
        @Valid @Nullable Residence residence,
        @Valid @Nullable HealthInsurance healthInsurance,
        @NotNull @Valid Delivery delivery) {

    static final String UNIT_CODE = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}";
    static final String PROCEDURE = "BIRTH_REGISTRATION|PERMANENT_RESIDENCE|HEALTH_INSURANCE_CARD";
    static final String PERSONAL_ID = "\\d{12}";
    static final String PHONE = "\\+?[0-9 .-]{8,15}";
    /** Circular 07/2016's 3-digit province codes (DESIGN.md rule 1). */
    static final String PROVINCE_CODE = "\\d{3}";

    record Child(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull @Pattern(regexp = "MALE|FEMALE", message = "must be MALE or FEMALE") String sex,
            @NotNull @IsoDate String dateOfBirth,
            @NotBlank @Size(max = 200) String placeOfBirth,
            @NotBlank @Size(max = 50) String ethnicity,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN")
            String nationality) {
    }

    record Person(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull @Pattern(regexp = PERSONAL_ID, message = "must be 12 digits") String personalIdNumber,
            @NotNull @IsoDate String dateOfBirth) {
    }

    record Declarant(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull @Pattern(regexp = PERSONAL_ID, message = "must be 12 digits") String personalIdNumber,
            @NotNull @Pattern(regexp = "MOTHER|FATHER|GRANDPARENT|SIBLING|GUARDIAN|OTHER",
                    message = "must be one of MOTHER, FATHER, GRANDPARENT, SIBLING, GUARDIAN, OTHER")
            String relationship,
            @NotNull @Pattern(regexp = PHONE, message = "must be a phone number") String phone) {
    }

    record Residence(
            @NotBlank @Size(max = 30) String householdNumber,
            @NotNull @Pattern(regexp = "HEAD|SPOUSE|CHILD|GRANDCHILD|PARENT|SIBLING|OTHER",
                    message = "must be one of HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, OTHER")
            String relationshipToHead) {
    }

    record HealthInsurance(@Size(max = 10) @Nullable String primaryCareFacilityCode) {
    }

    /**
     * Where and how the results go. {@code address} is the pinned free-text line; {@code provinceCode},
     * {@code commune} and {@code street} were added beside it (optional): the province picks the postage zone.
     * The added fields are left out of the request's hash when absent, so a body sent before they existed hashes
     * as it did then (the same Idempotency-Key and body still give the same dossier).
     */
    record Delivery(
            @NotNull @Pattern(regexp = "POST|COMMUNE_STAFF|DESK", message = "must be POST, COMMUNE_STAFF or DESK")
            String method,
            @NotBlank @Size(max = 100) String recipientName,
            @Size(max = 300) @Nullable String address,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Pattern(regexp = PROVINCE_CODE, message = "must be a 3-digit province code such as 001 or 056")
            @Nullable String provinceCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 100) @Nullable String commune,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 200) @Nullable String street,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Nullable String phone,
            @Valid @Nullable Beneficiary beneficiary) {
    }

    record Beneficiary(
            @NotNull @Pattern(regexp = "WAR_INVALID|MARTYR_FAMILY|REVOLUTIONARY_VETERAN|HEROIC_MOTHER|RESISTANCE_ACTIVIST|OTHER_MERIT",
                    message = "must be one of WAR_INVALID, MARTYR_FAMILY, REVOLUTIONARY_VETERAN, HEROIC_MOTHER, "
                            + "RESISTANCE_ACTIVIST, OTHER_MERIT")
            String category,
            @NotBlank @Size(max = 50) String certificateNumber) {
    }

    /** Fields required by another field's value: residence for PERMANENT_RESIDENCE, an address for home delivery. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistencyValidator.class)
    @interface Consistent {
        String message() default "is inconsistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class ConsistencyValidator implements ConstraintValidator<Consistent, IntakeRequest> {
        @Override
        public boolean isValid(IntakeRequest request, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (request.procedures() != null && request.procedures().contains("PERMANENT_RESIDENCE")
                    && request.residence() == null) {
                context.buildConstraintViolationWithTemplate("is required when PERMANENT_RESIDENCE is requested")
                        .addPropertyNode("residence").addConstraintViolation();
                valid = false;
            }
            Delivery delivery = request.delivery();
            if (delivery != null && ("POST".equals(delivery.method()) || "COMMUNE_STAFF".equals(delivery.method()))) {
                if (delivery.address() == null || delivery.address().isBlank()) {
                    context.buildConstraintViolationWithTemplate("is required for delivery to the home")
                            .addPropertyNode("delivery").addPropertyNode("address").addConstraintViolation();
                    valid = false;
                }
                if (delivery.phone() == null) {
                    context.buildConstraintViolationWithTemplate("is required for delivery to the home")
                            .addPropertyNode("delivery").addPropertyNode("phone").addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
