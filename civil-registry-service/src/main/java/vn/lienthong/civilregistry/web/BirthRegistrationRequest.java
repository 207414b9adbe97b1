package vn.lienthong.civilregistry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;

/**
 * A birth declared directly at the registering unit's desk. Names may arrive in NFC or NFD; they are letters,
 * combining marks, spaces, apostrophes and hyphens only, and no text carries control or bidi characters.
 */
record BirthRegistrationRequest(
        @Schema(example = "000.26.45.H26", requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The registering unit's e-government code; the caller's own unit.")
        @NotBlank @Pattern(regexp = UNIT_CODE, message = "must be an e-government unit code such as 000.26.45.H26")
        String unitCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid ChildData child,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Valid ParentData mother,
        @Nullable @Valid ParentData father,
        @Nullable @Valid DeclarantData declarant) {

    static final String UNIT_CODE = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}";

    record ChildData(
            @Schema(example = "Nguyễn Thị Minh Anh", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                    maxLength = 100, pattern = "^" + PersonName.REGEXP + "$")
            @NotBlank @Size(min = 1, max = 100) @PersonName String fullName,
            @Schema(example = "FEMALE", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Sex sex,
            @Schema(example = "2025-03-15", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Not before " + DateOfBirth.EARLIEST + ", not after today (Viet Nam).")
            @NotNull @DateOfBirth LocalDate dateOfBirth,
            @Schema(example = "Bệnh viện Đa khoa Đức Giang", maxLength = 200)
            @Nullable @Size(max = 200) @PlainText String placeOfBirth,
            @Schema(example = "Kinh", maxLength = 50) @Nullable @Size(max = 50) @PlainText String ethnicity,
            @Schema(example = "VN", description = "ISO 3166-1 alpha-2.", pattern = "^[A-Z]{2}$")
            @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN")
            String nationality) {

        static ChildData of(Child child) {
            return new ChildData(child.fullName(), child.sex(), child.dateOfBirth(), child.placeOfBirth(),
                    child.ethnicity(), child.nationality());
        }
    }

    record ParentData(
            @Schema(example = "Trần Thị Bình", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                    maxLength = 100, pattern = "^" + PersonName.REGEXP + "$")
            @NotBlank @Size(min = 1, max = 100) @PersonName String fullName,
            @Schema(example = "001190012345", requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^\\d{12}$")
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String personalIdNumber,
            @Schema(example = "1990-05-01",
                    description = "Not before " + DateOfBirth.EARLIEST + ", not after today (Viet Nam).")
            @Nullable @DateOfBirth LocalDate dateOfBirth) {

        static @Nullable ParentData of(@Nullable Parent parent) {
            return parent == null ? null : ofRequired(parent);
        }

        static ParentData ofRequired(Parent parent) {
            return new ParentData(parent.fullName(), parent.personalIdNumber(), parent.dateOfBirth());
        }
    }

    record DeclarantData(
            @Schema(example = "Trần Thị Bình", requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                    maxLength = 100, pattern = "^" + PersonName.REGEXP + "$")
            @NotBlank @Size(min = 1, max = 100) @PersonName String fullName,
            @Schema(example = "001190012345", pattern = "^\\d{12}$")
            @Nullable @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String personalIdNumber,
            @Schema(example = "MOTHER", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"MOTHER", "FATHER", "GRANDPARENT", "SIBLING", "GUARDIAN", "OTHER"})
            @NotNull @DeclarantRelationship String relationship,
            @Schema(example = "0912345678", maxLength = 20) @Nullable @Size(max = 20) @PlainText String phone) {

        static @Nullable DeclarantData of(@Nullable Declarant declarant) {
            return declarant == null ? null : new DeclarantData(declarant.fullName(), declarant.personalIdNumber(),
                    declarant.relationship(), declarant.phone());
        }
    }

    BirthDeclaration declaration() {
        return new BirthDeclaration(unitCode,
                new Child(child.fullName(), child.sex(), child.dateOfBirth(), child.placeOfBirth(), child.ethnicity(),
                        child.nationality()),
                new Parent(mother.fullName(), mother.personalIdNumber(), mother.dateOfBirth()),
                father == null ? null : new Parent(father.fullName(), father.personalIdNumber(), father.dateOfBirth()),
                declarant == null ? null : new Declarant(declarant.fullName(), declarant.personalIdNumber(),
                        declarant.relationship(), declarant.phone()));
    }
}
