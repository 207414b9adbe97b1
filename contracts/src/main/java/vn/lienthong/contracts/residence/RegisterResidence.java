package vn.lienthong.contracts.residence;

import java.util.UUID;

/**
 * Register the child's permanent residence in a household. {@code relationshipToHead}:
 * HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING or OTHER; {@code fatherPersonalIdNumber} may be null.
 */
public record RegisterResidence(
        UUID dossierId,
        String dossierCode,
        String unitCode,
        String childPersonalIdNumber,
        String householdNumber,
        String relationshipToHead,
        String motherPersonalIdNumber,
        String fatherPersonalIdNumber) implements ResidenceCommand {
}
