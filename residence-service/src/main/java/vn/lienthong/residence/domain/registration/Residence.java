package vn.lienthong.residence.domain.registration;

import java.time.LocalDate;

/** The permanent residence an approval registered, kept as it was that day so a replayed reply says the same. */
public record Residence(String householdNumber, String addressSummary, String provinceCode, String commune,
                        LocalDate registeredOn) {
}
