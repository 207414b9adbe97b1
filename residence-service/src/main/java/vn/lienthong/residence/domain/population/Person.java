package vn.lienthong.residence.domain.population;

import java.time.LocalDate;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.text.VietnameseText;

/** A person in the population registry; {@code fullName} in NFC. */
public record Person(String personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth,
                     String birthProvinceCode) {

    public Person {
        fullName = VietnameseText.stored(fullName);
    }

    /** Whether {@code other} describes the same person: the same name (ignoring case and form), sex and birth date. */
    public boolean matches(Person other) {
        return personalIdNumber.equals(other.personalIdNumber) && VietnameseText.same(fullName, other.fullName)
                && sex == other.sex && dateOfBirth.equals(other.dateOfBirth);
    }
}
