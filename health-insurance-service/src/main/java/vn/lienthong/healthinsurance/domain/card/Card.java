package vn.lienthong.healthinsurance.domain.card;

import java.time.Instant;
import java.time.LocalDate;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.platform.domain.DossierId;

/**
 * A BHYT card. Since 1 August 2025 its number is the holder's personal ID number, so a child has at
 * most one card here (the number is the key).
 *
 * @param number the child's 12-digit personal ID number
 * @param benefitCode {@value #UNDER_SIX_BENEFIT_CODE} for children under 6
 * @param facilityCode the registered primary-care facility
 * @param dossierId the linked dossier it was issued for
 */
public record Card(String number, String benefitCode, CardValidity validity, String facilityCode,
                   DossierId dossierId, Instant issuedAt) {

    /** Object TE (children under 6, premium paid by the state), benefit level 1: 100 %. */
    public static final String UNDER_SIX_BENEFIT_CODE = "TE1";

    public static Card issueToChild(String personalIdNumber, LocalDate dateOfBirth, String facilityCode,
                                    DossierId dossierId, Instant issuedAt) {
        return new Card(personalIdNumber, UNDER_SIX_BENEFIT_CODE, CardValidity.forChildBornOn(dateOfBirth),
                facilityCode, dossierId, issuedAt);
    }

    public CardStatus statusOn(LocalDate day) {
        if (day.isBefore(validity.from())) {
            return CardStatus.NOT_YET_VALID;
        }
        return day.isAfter(validity.to()) ? CardStatus.EXPIRED : CardStatus.VALID;
    }

    public boolean isActiveOn(LocalDate day) {
        return statusOn(day) == CardStatus.VALID;
    }

    /** The reply that hands this card to {@code dossierId} (which may be another dossier than the one it was issued for). */
    public HealthInsuranceCardIssued issuedTo(DossierId dossierId) {
        return new HealthInsuranceCardIssued(dossierId.value(), number, benefitCode, validity.from(), validity.to(), facilityCode);
    }
}
