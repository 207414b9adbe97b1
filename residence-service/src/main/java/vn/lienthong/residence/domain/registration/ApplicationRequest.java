package vn.lienthong.residence.domain.registration;

import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.residence.domain.household.HouseholdNumbers;

/** What the orchestrator asked for: the child, into which household, as whose relative, with which parents. */
public record ApplicationRequest(
        String dossierCode,
        String unitCode,
        String childPersonalIdNumber,
        String householdNumber,
        String relationshipToHead,
        @Nullable String motherPersonalIdNumber,
        @Nullable String fatherPersonalIdNumber) {

    /** The command's fields; a missing text becomes empty, which the checks then refuse with a clear code. */
    public static ApplicationRequest of(RegisterResidence command) {
        return new ApplicationRequest(text(command.dossierCode()), text(command.unitCode()),
                text(command.childPersonalIdNumber()), HouseholdNumbers.normalise(text(command.householdNumber())),
                text(command.relationshipToHead()), blankToNull(command.motherPersonalIdNumber()),
                blankToNull(command.fatherPersonalIdNumber()));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
