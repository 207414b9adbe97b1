package vn.lienthong.civilregistry.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.platform.text.VietnameseText;

/**
 * What is declared to the registering unit: the child, the mother, optionally the father and the declarant.
 * Built from a command or a request, so any part may be missing until {@link BirthRules} has checked it.
 */
public record BirthDeclaration(
        String unitCode,
        @Nullable Child child,
        @Nullable Parent mother,
        @Nullable Parent father,
        @Nullable Declarant declarant) {

    /** The same declaration with every text in NFC, trimmed; the form the registry stores. */
    public BirthDeclaration normalised() {
        return new BirthDeclaration(
                stored(unitCode),
                child == null ? null : new Child(stored(child.fullName()), child.sex(),
                        child.dateOfBirth(), stored(child.placeOfBirth()),
                        stored(child.ethnicity()), stored(child.nationality())),
                parent(mother),
                parent(father),
                declarant == null ? null : new Declarant(stored(declarant.fullName()),
                        stored(declarant.personalIdNumber()),
                        stored(declarant.relationship()), stored(declarant.phone())));
    }

    /** Names of the parts a registration cannot do without that are missing or malformed; empty when complete. */
    public List<String> missingOrMalformed() {
        List<String> problems = new ArrayList<>();
        if (unitCode == null || unitCode.isBlank()) {
            problems.add("unitCode");
        }
        if (child == null) {
            problems.add("child");
        } else {
            if (child.fullName() == null || child.fullName().isBlank()) {
                problems.add("child.fullName");
            }
            if (child.sex() == null) {
                problems.add("child.sex");
            }
            if (child.dateOfBirth() == null) {
                problems.add("child.dateOfBirth");
            }
        }
        if (mother == null) {
            problems.add("mother");
        } else {
            if (mother.fullName() == null || mother.fullName().isBlank()) {
                problems.add("mother.fullName");
            }
            if (!PersonalIdNumbers.isWellFormed(mother.personalIdNumber())) {
                problems.add("mother.personalIdNumber");
            }
        }
        if (father != null && father.personalIdNumber() != null
                && !PersonalIdNumbers.isWellFormed(father.personalIdNumber())) {
            problems.add("father.personalIdNumber");
        }
        return problems;
    }

    /** The child; call only on a declaration without {@link #missingOrMalformed()} problems. */
    public Child requiredChild() {
        if (child == null) {
            throw new IllegalStateException("declaration has no child");
        }
        return child;
    }

    /** The mother; call only on a declaration without {@link #missingOrMalformed()} problems. */
    public Parent requiredMother() {
        if (mother == null) {
            throw new IllegalStateException("declaration has no mother");
        }
        return mother;
    }

    private static @Nullable Parent parent(@Nullable Parent parent) {
        return parent == null ? null : new Parent(stored(parent.fullName()),
                stored(parent.personalIdNumber()), parent.dateOfBirth());
    }

    private static @Nullable String stored(@Nullable String text) {
        return text == null ? null : VietnameseText.stored(text);
    }
}
