package vn.lienthong.civilregistry.web;

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

/** A birth declared directly at the registering unit's desk. Names may arrive in NFC or NFD. */
record BirthRegistrationRequest(
        @NotBlank @Pattern(regexp = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}",
                message = "must be an e-government unit code such as 000.26.45.H26") String unitCode,
        @NotNull @Valid ChildData child,
        @NotNull @Valid ParentData mother,
        @Nullable @Valid ParentData father,
        @Nullable @Valid DeclarantData declarant) {

    record ChildData(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull Sex sex,
            @NotNull LocalDate dateOfBirth,
            @Nullable @Size(max = 200) String placeOfBirth,
            @Nullable @Size(max = 50) String ethnicity,
            @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as VN") String nationality) {

        static ChildData of(Child child) {
            return new ChildData(child.fullName(), child.sex(), child.dateOfBirth(), child.placeOfBirth(),
                    child.ethnicity(), child.nationality());
        }
    }

    record ParentData(
            @NotBlank @Size(max = 100) String fullName,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String personalIdNumber,
            @Nullable LocalDate dateOfBirth) {

        static @Nullable ParentData of(@Nullable Parent parent) {
            return parent == null ? null : ofRequired(parent);
        }

        static ParentData ofRequired(Parent parent) {
            return new ParentData(parent.fullName(), parent.personalIdNumber(), parent.dateOfBirth());
        }
    }

    record DeclarantData(
            @NotBlank @Size(max = 100) String fullName,
            @Nullable @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String personalIdNumber,
            @NotNull @Pattern(regexp = "MOTHER|FATHER|GRANDPARENT|SIBLING|GUARDIAN|OTHER",
                    message = "must be one of MOTHER, FATHER, GRANDPARENT, SIBLING, GUARDIAN, OTHER") String relationship,
            @Nullable @Size(max = 20) String phone) {

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
