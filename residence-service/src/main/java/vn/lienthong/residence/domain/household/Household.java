package vn.lienthong.residence.domain.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A household: its number, its address and its members, exactly one of whom is the head. */
public record Household(String householdNumber, Address address, List<Member> members, Instant createdAt) {

    public Household {
        members = List.copyOf(members);
    }

    public Set<String> memberPersonalIdNumbers() {
        return members.stream().map(Member::personalIdNumber).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasMember(String personalIdNumber) {
        return memberPersonalIdNumbers().contains(personalIdNumber);
    }
}
