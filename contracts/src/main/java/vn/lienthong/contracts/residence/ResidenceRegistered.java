package vn.lienthong.contracts.residence;

import java.time.LocalDate;
import java.util.UUID;

/** The child is a permanent resident of the household; province and commune feed the BHYT step. */
public record ResidenceRegistered(
        UUID dossierId,
        String householdNumber,
        String addressSummary,
        String provinceCode,
        String commune,
        LocalDate registeredOn) implements ResidenceEvent {
}
