package vn.lienthong.residence.domain.registration;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.RelationshipToHead;

/**
 * The checks an application must pass before the child can join the household. A failed check refuses it with a
 * stable code (the first failure, in the order below).
 */
public final class EligibilityChecks {

    static final String INVALID_APPLICATION = "INVALID_APPLICATION";
    static final String CHILD_NOT_IN_POPULATION_REGISTRY = "CHILD_NOT_IN_POPULATION_REGISTRY";
    static final String HOUSEHOLD_NOT_FOUND = "HOUSEHOLD_NOT_FOUND";
    static final String PARENT_NOT_IN_HOUSEHOLD = "PARENT_NOT_IN_HOUSEHOLD";
    static final String CHILD_ALREADY_RESIDENT = "CHILD_ALREADY_RESIDENT";

    private static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");

    /**
     * What the registry knows about an application's people.
     *
     * @param household the household applied for, null when there is none with that number
     * @param childResidence the household the child is already a permanent resident of, null when none
     */
    public record Facts(boolean childInPopulationRegistry, @Nullable Household household, @Nullable String childResidence) {
    }

    private EligibilityChecks() {
    }

    public static Optional<Refusal> firstFailure(ApplicationRequest request, Facts facts) {
        return malformed(request)
                .or(() -> facts.childInPopulationRegistry() ? Optional.empty() : Optional.of(new Refusal(
                        CHILD_NOT_IN_POPULATION_REGISTRY,
                        "The child's personal ID number is not in the population registry.")))
                .or(() -> facts.household() != null ? Optional.empty() : Optional.of(new Refusal(
                        HOUSEHOLD_NOT_FOUND, "There is no household with number " + request.householdNumber() + ".")))
                .or(() -> parentIsMember(request, facts.household()) ? Optional.empty() : Optional.of(new Refusal(
                        PARENT_NOT_IN_HOUSEHOLD,
                        "Neither the mother nor the father is a permanent resident of household "
                                + request.householdNumber() + ".")))
                .or(() -> facts.childResidence() == null ? Optional.empty() : Optional.of(new Refusal(
                        CHILD_ALREADY_RESIDENT, facts.childResidence().equals(request.householdNumber())
                                ? "The child is already a permanent resident of this household."
                                : "The child already has a permanent residence in another household.")));
    }

    private static Optional<Refusal> malformed(ApplicationRequest request) {
        String problem = null;
        if (request.dossierCode().isEmpty() || request.unitCode().isEmpty()) {
            problem = "The command has no dossier code or unit code.";
        } else if (!PERSONAL_ID.matcher(request.childPersonalIdNumber()).matches()) {
            problem = "The child's personal ID number is missing or not 12 digits.";
        } else if (request.householdNumber().isEmpty()) {
            problem = "The household number is missing.";
        } else if (RelationshipToHead.parse(request.relationshipToHead()).filter(r -> r != RelationshipToHead.HEAD)
                .isEmpty()) {
            problem = "relationshipToHead must be one of SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, OTHER.";
        } else if (request.motherPersonalIdNumber() == null && request.fatherPersonalIdNumber() == null) {
            problem = "Neither the mother's nor the father's personal ID number is given.";
        }
        return Optional.ofNullable(problem).map(message -> new Refusal(INVALID_APPLICATION, message));
    }

    private static boolean parentIsMember(ApplicationRequest request, @Nullable Household household) {
        return household != null
                && ((request.motherPersonalIdNumber() != null && household.hasMember(request.motherPersonalIdNumber()))
                || (request.fatherPersonalIdNumber() != null && household.hasMember(request.fatherPersonalIdNumber())));
    }
}
