package vn.lienthong.healthinsurance.domain.declaration;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.card.CardValidity;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.domain.facility.PrimaryCareFacilities;

/** Whether a declared child can have a card today, and with which facility (DESIGN.md rule 3). */
public final class Eligibility {

    /** The verdict on a declaration. */
    public sealed interface Assessment {
        /** The child holds an active card already: it is handed over instead of a second one. */
        record AlreadyInsured(Card card) implements Assessment {
        }

        record Ineligible(Refusal refusal) implements Assessment {
        }

        /** A card can be issued naming {@code facility}. */
        record Eligible(Facility facility) implements Assessment {
        }
    }

    private Eligibility() {
    }

    /**
     * @param existingCard the card already issued under the child's personal ID number, if any
     * @param requestedFacility the catalogue's facility under the family's chosen code, null when none or unknown
     * @param facilitiesOfProvince the catalogue's facilities of the child's province
     */
    public static Assessment assess(Declaration declaration, LocalDate today, @Nullable Card existingCard,
                                    @Nullable Facility requestedFacility, List<Facility> facilitiesOfProvince) {
        if (existingCard != null && existingCard.isActiveOn(today)) {
            return new Assessment.AlreadyInsured(existingCard);
        }
        LocalDate dateOfBirth = declaration.child().dateOfBirth();
        if (dateOfBirth.isAfter(today)) {
            return ineligible(RefusalCodes.BIRTH_DATE_IN_FUTURE, "The child's date of birth is in the future.");
        }
        if (!CardValidity.isUnderSixOn(dateOfBirth, today)) {
            return ineligible(RefusalCodes.CHILD_NOT_UNDER_SIX,
                    "The child is 6 or older on " + today + "; the under-6 card (TE1) is for children under 6.");
        }
        String provinceCode = declaration.provinceCode();
        if (provinceCode == null) {
            return ineligible(RefusalCodes.PROVINCE_UNKNOWN,
                    "Neither the residence nor the birth registration gave the child's province.");
        }
        return switch (PrimaryCareFacilities.choose(declaration.requestedFacilityCode(), requestedFacility,
                provinceCode, declaration.commune(), facilitiesOfProvince)) {
            case PrimaryCareFacilities.Choice.Chosen chosen -> new Assessment.Eligible(chosen.facility());
            case PrimaryCareFacilities.Choice.Impossible impossible -> new Assessment.Ineligible(impossible.refusal());
        };
    }

    private static Assessment ineligible(String code, String message) {
        return new Assessment.Ineligible(new Refusal(code, message));
    }
}
