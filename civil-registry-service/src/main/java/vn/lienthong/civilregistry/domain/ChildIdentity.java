package vn.lienthong.civilregistry.domain;

import vn.lienthong.platform.text.VietnameseText;

/**
 * What makes two declarations the same child (rule 11): the mother's personal ID number, the date of birth
 * and the child's name, the name compared without case, Unicode-normalisation or spacing differences (rule 10).
 * The registry keeps this key under a unique index, so the same child cannot be registered twice.
 */
public final class ChildIdentity {

    private ChildIdentity() {
    }

    /** The key of a complete declaration (see {@link BirthDeclaration#missingOrMalformed()}). */
    public static String of(BirthDeclaration declaration) {
        var child = declaration.requiredChild();
        return declaration.requiredMother().personalIdNumber() + "|" + child.dateOfBirth() + "|"
                + VietnameseText.comparisonKey(child.fullName());
    }
}
