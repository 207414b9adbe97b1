package vn.lienthong.residence.domain.household;

import java.util.Arrays;
import java.util.Optional;

/** A member's relationship to the head of the household (DESIGN.md §5 value set). */
public enum RelationshipToHead {
    HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, OTHER;

    public static Optional<RelationshipToHead> parse(String text) {
        return Arrays.stream(values()).filter(value -> value.name().equals(text)).findFirst();
    }
}
