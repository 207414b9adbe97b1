package vn.lienthong.residence.domain.household;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.residence.domain.population.Person;

/** A household as declared for creation, before it has a number. */
public record NewHousehold(Address address, List<DeclaredMember> members) {

    public record DeclaredMember(Person person, RelationshipToHead relationshipToHead) {
    }

    public NewHousehold {
        members = List.copyOf(members);
    }

    /** Why this declaration cannot become a household, if it cannot: a stable code and a sentence. */
    public Optional<Problem> problem() {
        long heads = members.stream().filter(m -> m.relationshipToHead() == RelationshipToHead.HEAD).count();
        if (heads != 1) {
            return Optional.of(new Problem("exactly-one-head", "A household has exactly one member whose "
                    + "relationshipToHead is HEAD; this one has " + heads + "."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!seen.add(members.get(i).person().personalIdNumber())) {
                return Optional.of(new Problem("duplicate-member",
                        "members[" + i + "] has the same personal ID number as an earlier member."));
            }
        }
        return Optional.empty();
    }

    public record Problem(String code, String detail) {
    }
}
