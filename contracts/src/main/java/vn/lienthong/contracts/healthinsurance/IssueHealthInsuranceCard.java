package vn.lienthong.contracts.healthinsurance;

import java.time.LocalDate;
import java.util.UUID;
import vn.lienthong.contracts.Sex;

/**
 * Declare the child (TK1-TS) for a BHYT card. {@code commune} is null when residence was not
 * registered; {@code primaryCareFacilityCode} is null when the family chose none.
 */
public record IssueHealthInsuranceCard(
        UUID dossierId,
        String dossierCode,
        String unitCode,
        String personalIdNumber,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String provinceCode,
        String commune,
        String primaryCareFacilityCode,
        LocalDate birthRegisteredOn) implements HealthInsuranceCommand {
}
