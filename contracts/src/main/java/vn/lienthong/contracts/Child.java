package vn.lienthong.contracts;

import java.time.LocalDate;

/** The newborn as declared at the desk. {@code nationality} is ISO 3166-1 alpha-2. */
public record Child(
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String placeOfBirth,
        String ethnicity,
        String nationality) {
}
