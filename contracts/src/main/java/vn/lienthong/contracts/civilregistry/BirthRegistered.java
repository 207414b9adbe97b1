package vn.lienthong.contracts.civilregistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.lienthong.contracts.Child;

/**
 * The birth is registered. {@code certificateNumber} reads "Số N, quyển số YYYY";
 * {@code late} is true past the 60-day deadline; {@code provinceCode} is the registering unit's.
 */
public record BirthRegistered(
        UUID dossierId,
        UUID registrationId,
        String personalIdNumber,
        String certificateNumber,
        LocalDate registrationDate,
        boolean late,
        BigDecimal fee,
        String provinceCode,
        Child child) implements CivilRegistryEvent {
}
