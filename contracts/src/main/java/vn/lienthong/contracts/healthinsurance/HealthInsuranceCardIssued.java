package vn.lienthong.contracts.healthinsurance;

import java.time.LocalDate;
import java.util.UUID;

/** The card: its number is the child's personal ID number; benefit code TE1 for children under 6. */
public record HealthInsuranceCardIssued(
        UUID dossierId,
        String cardNumber,
        String benefitCode,
        LocalDate validFrom,
        LocalDate validTo,
        String facilityCode) implements HealthInsuranceEvent {
}
