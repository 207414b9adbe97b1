package vn.lienthong.contracts;

import java.time.LocalDate;

public record Parent(String fullName, String personalIdNumber, LocalDate dateOfBirth) {
}
