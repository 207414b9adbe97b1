package vn.lienthong.residence.household;

import java.time.LocalDate;
import vn.lienthong.residence.population.Person;

/** A permanent resident of a household since {@code joinedOn}. */
public record Member(Person person, RelationshipToHead relationshipToHead, LocalDate joinedOn) {

    public String personalIdNumber() {
        return person.personalIdNumber();
    }
}
