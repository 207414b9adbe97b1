package vn.lienthong.healthinsurance.domain.declaration;

import java.time.LocalDate;
import vn.lienthong.contracts.Sex;

/** The child as declared on the TK1-TS form; {@code fullName} in NFC. */
public record DeclaredChild(String personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth) {
}
