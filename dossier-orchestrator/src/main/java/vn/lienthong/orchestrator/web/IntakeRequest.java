package vn.lienthong.orchestrator.web;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.orchestrator.application.Submission;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Regime;
import vn.lienthong.platform.text.VietnameseText;

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
    static final String PROVINCE_CODE = Application.PROVINCE_CODE;

    private static final JsonMapper canonical = JsonMapper.builder().build();

    /** The intake's input: values parsed, names as stored (rule 10), and the hash of the request as sent. */
    Submission submission() {
        Delivery d = delivery;
        // The contracts' Child, Declarant and Beneficiary by full name: this request's records shadow them here.
        vn.lienthong.contracts.delivery.Beneficiary beneficiary = d.beneficiary() == null ? null
                : new vn.lienthong.contracts.delivery.Beneficiary(d.beneficiary().category(),
                        d.beneficiary().certificateNumber());
        Set<Procedure> requested = EnumSet.noneOf(Procedure.class);
        procedures.forEach(p -> requested.add(Procedure.valueOf(p)));
        return new Submission(unitCode, requested, regime == null ? null : Regime.valueOf(regime),
                new vn.lienthong.contracts.Child(text(child.fullName()), Sex.valueOf(child.sex()),
                        LocalDate.parse(child.dateOfBirth()), text(child.placeOfBirth()), text(child.ethnicity()),
                        child.nationality()),
                parent(mother), father == null ? null : parent(father),
                new vn.lienthong.contracts.Declarant(text(declarant.fullName()), declarant.personalIdNumber(),
                        declarant.relationship(), declarant.phone()),
                residence == null ? null
                        : new Submission.Household(residence.householdNumber(), residence.relationshipToHead()),
                healthInsurance == null ? null : healthInsurance.primaryCareFacilityCode(),
                new Application.DeliveryRequest(DeliveryMethod.valueOf(d.method()), text(d.recipientName()),
                        optionalText(d.address()), d.phone(), beneficiary, d.provinceCode(),
                        optionalText(d.commune()), optionalText(d.street())),
                hash());
    }

    private static Parent parent(Person p) {
        return new Parent(text(p.fullName()), p.personalIdNumber(), LocalDate.parse(p.dateOfBirth()));
    }

    /** Text as stored (DESIGN.md rule 10): NFC, whatever form it was typed in, with its spacing tidied. */
    private static String text(String typed) {
        return VietnameseText.stored(typed);
    }

    private static @Nullable String optionalText(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : VietnameseText.stored(typed);
    }

    /** The request as canonical JSON, hashed: the same body gives the same hash, whatever its formatting. */
    private String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

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
