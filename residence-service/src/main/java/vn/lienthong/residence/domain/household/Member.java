package vn.lienthong.residence.domain.household;

import java.time.LocalDate;
import vn.lienthong.residence.domain.population.Person;

/** A permanent resident of a household since {@code joinedOn}. */
public record Member(Person person, RelationshipToHead relationshipToHead, LocalDate joinedOn) {

    public String personalIdNumber() {
        return person.personalIdNumber();
    }
}
