package vn.lienthong.orchestrator.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "000.26.45.H26")
        @NotBlank @Pattern(regexp = UNIT_CODE, message = "must be an agency code like 000.26.45.H26") String unitCode,
        @ArraySchema(schema = @Schema(allowableValues = {"BIRTH_REGISTRATION", "PERMANENT_RESIDENCE",
                "HEALTH_INSURANCE_CARD"}), minItems = 1)
        @NotEmpty List<@NotNull @ValueSet({"BIRTH_REGISTRATION", "PERMANENT_RESIDENCE", "HEALTH_INSURANCE_CARD"})
                String> procedures,
        @Schema(allowableValues = {"ELECTRONIC", "PAPER"}, example = "ELECTRONIC")
        @ValueSet({"ELECTRONIC", "PAPER"}) @Nullable String regime,
        @NotNull @Valid Child child,
        @NotNull @Valid Person mother,
        @Valid @Nullable Person father,
        @NotNull @Valid Declarant declarant,
        @Valid @Nullable Residence residence,
        @Valid @Nullable HealthInsurance healthInsurance,
        @NotNull @Valid Delivery delivery) {

    static final String UNIT_CODE = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}";
    static final String PERSONAL_ID = "\\d{12}";
    static final String HOUSEHOLD_NUMBER = "[0-9A-Za-z][0-9A-Za-z./-]*";
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
            @Schema(example = "Nguyễn Thị Ánh") @NotBlank @Size(max = 100) @PlainText @PersonName String fullName,
            @Schema(allowableValues = {"MALE", "FEMALE"}, example = "FEMALE")
            @NotNull @ValueSet({"MALE", "FEMALE"}) String sex,
            @Schema(format = "date", example = "2025-03-15", description = "From 1900-01-01; not after today")
            @NotNull @IsoDate @BirthDate(notAfterToday = false) String dateOfBirth,
            @Schema(example = "Bệnh viện Đa khoa Đức Giang, Hà Nội") @NotBlank @Size(max = 200) @PlainText
            String placeOfBirth,
            @Schema(example = "Kinh") @NotBlank @Size(max = 50) @PlainText String ethnicity,
            @Schema(example = "VN", description = "ISO 3166-1 alpha-2")
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN")
            String nationality) {
    }

    record Person(
            @Schema(example = "Trần Thị Bình") @NotBlank @Size(max = 100) @PlainText @PersonName String fullName,
            @Schema(example = "001194012345")
            @NotNull @Pattern(regexp = PERSONAL_ID, message = "must be 12 digits") String personalIdNumber,
            @Schema(format = "date", example = "1994-05-12", description = "From 1900-01-01 to today")
            @NotNull @IsoDate @BirthDate String dateOfBirth) {
    }

    record Declarant(
            @Schema(example = "Trần Thị Bình") @NotBlank @Size(max = 100) @PlainText @PersonName String fullName,
            @Schema(example = "001194012345")
            @NotNull @Pattern(regexp = PERSONAL_ID, message = "must be 12 digits") String personalIdNumber,
            @Schema(allowableValues = {"MOTHER", "FATHER", "GRANDPARENT", "SIBLING", "GUARDIAN", "OTHER"},
                    example = "MOTHER")
            @NotNull @ValueSet({"MOTHER", "FATHER", "GRANDPARENT", "SIBLING", "GUARDIAN", "OTHER"})
            String relationship,
            @Schema(example = "0912345678")
            @NotNull @Pattern(regexp = PHONE, message = "must be a phone number") String phone) {
    }

    /** The household number is checked here, before residence-service is asked (letters, digits, '.', '/', '-'). */
    record Residence(
            @Schema(example = "HK-001-9000001")
            @NotBlank @Size(max = 30) @PlainText
            @Pattern(regexp = HOUSEHOLD_NUMBER, message = "must be a household number such as HK-001-9000001")
            String householdNumber,
            @Schema(allowableValues = {"HEAD", "SPOUSE", "CHILD", "GRANDCHILD", "PARENT", "SIBLING", "OTHER"},
                    example = "CHILD")
            @NotNull @ValueSet({"HEAD", "SPOUSE", "CHILD", "GRANDCHILD", "PARENT", "SIBLING", "OTHER"})
            String relationshipToHead) {
    }

    record HealthInsurance(
            @Schema(example = "01014") @Size(max = 10) @PlainText @Nullable String primaryCareFacilityCode) {
    }

    /**
     * Where and how the results go. {@code address} is the pinned free-text line; {@code provinceCode},
     * {@code commune} and {@code street} were added beside it (optional): the province picks the postage zone.
     * The added fields are left out of the request's hash when absent, so a body sent before they existed hashes
     * as it did then (the same Idempotency-Key and body still give the same dossier).
     */
    record Delivery(
            @Schema(allowableValues = {"POST", "COMMUNE_STAFF", "DESK"}, example = "POST")
            @NotNull @ValueSet({"POST", "COMMUNE_STAFF", "DESK"}) String method,
            @Schema(example = "Trần Thị Bình") @NotBlank @Size(max = 100) @PlainText String recipientName,
            @Schema(example = "Số 12 ngõ 5 phố Đức Giang, Phường Đức Giang, Hà Nội")
            @Size(max = 300) @PlainText @Nullable String address,
            @Schema(example = "001")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Pattern(regexp = PROVINCE_CODE, message = "must be a 3-digit province code such as 001 or 056")
            @Nullable String provinceCode,
            @Schema(example = "Phường Đức Giang")
            @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 100) @PlainText @Nullable String commune,
            @Schema(example = "Số 12 ngõ 5 phố Đức Giang")
            @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 200) @PlainText @Nullable String street,
            @Schema(example = "0912345678")
            @Pattern(regexp = PHONE, message = "must be a phone number") @Nullable String phone,
            @Valid @Nullable Beneficiary beneficiary) {
    }

    record Beneficiary(
            @Schema(allowableValues = {"WAR_INVALID", "MARTYR_FAMILY", "REVOLUTIONARY_VETERAN", "HEROIC_MOTHER",
                    "RESISTANCE_ACTIVIST", "OTHER_MERIT"}, example = "WAR_INVALID")
            @NotNull @ValueSet({"WAR_INVALID", "MARTYR_FAMILY", "REVOLUTIONARY_VETERAN", "HEROIC_MOTHER",
                    "RESISTANCE_ACTIVIST", "OTHER_MERIT"})
            String category,
            @Schema(example = "TB-001-012345") @NotBlank @Size(max = 50) @PlainText String certificateNumber) {
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
