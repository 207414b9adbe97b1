package vn.lienthong.residence.registration;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.residence.RegisterResidence;

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
    static ApplicationRequest of(RegisterResidence command) {
        return new ApplicationRequest(text(command.dossierCode()), text(command.unitCode()),
                text(command.childPersonalIdNumber()), text(command.householdNumber()).toUpperCase(Locale.ROOT),
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
