package vn.lienthong.residence.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.residence.domain.household.Address;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.HouseholdNumbers;
import vn.lienthong.residence.domain.household.NewHousehold;
import vn.lienthong.residence.domain.population.ProvinceCodes;
import vn.lienthong.residence.persistence.Households;
import vn.lienthong.residence.persistence.PopulationRegistry;

/** Creates households: every member enters the population registry under the number they already hold. */
@Service
public class HouseholdRegister {

    private final Households households;
    private final PopulationRegistry population;
    private final ProvinceCodes provinces;
    private final Clock clock;

    HouseholdRegister(Households households, PopulationRegistry population, ProvinceCodes provinces, Clock clock) {
        this.households = households;
        this.population = population;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Creates the household under a new number; nothing is written unless all of it can be. */
    @Transactional
    public Household create(NewHousehold declaration) {
        return createAs(null, declaration);
    }

    /**
     * Creates the household under {@code number} if given (the demo households' fixed numbers), else under a new
     * one from the sequence.
     */
    @Transactional
    public Household createAs(@Nullable String number, NewHousehold declaration) {
        if (!provinces.isKnown(declaration.address().provinceCode())) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "unknown-province-code", "Unknown province code",
                    "address.provinceCode is not in the list of Circular 07/2016/TT-BCA.");
        }
        declaration.problem().ifPresent(problem -> {
            throw new DomainException(HttpStatus.BAD_REQUEST, problem.code(), "Invalid household", problem.detail());
        });
        List<NewHousehold.DeclaredMember> members = declaration.members();
        Map<String, String> residences = households.residencesOf(
                members.stream().map(m -> m.person().personalIdNumber()).toList());
        for (int i = 0; i < members.size(); i++) {
            if (residences.containsKey(members.get(i).person().personalIdNumber())) {
                throw new DomainException(HttpStatus.CONFLICT, "member-already-resident", "Member already resident",
                        "members[" + i + "] already has a permanent residence in another household.");
            }
            if (population.declare(members.get(i).person()) == PopulationRegistry.Declaration.CONFLICTS_WITH_RECORD) {
                throw new DomainException(HttpStatus.CONFLICT, "person-record-mismatch", "Person record mismatch",
                        "members[" + i + "]: the population registry holds a different name, sex or date of birth "
                                + "under this personal ID number.");
            }
        }
        Instant now = clock.instant();
        String householdNumber = number != null ? number : newNumber(declaration.address(), now);
        if (number != null && !households.insert(number, declaration.address(), now)) {
            throw new DomainException(HttpStatus.CONFLICT, "household-exists", "Household exists",
                    "A household with this number exists already.");
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (var member : members) {
            households.addMember(householdNumber, member.person().personalIdNumber(), member.relationshipToHead(),
                    today);
        }
        return households.find(householdNumber).orElseThrow();
    }

    /** Draws serials until a number is free (only the demo households' reserved numbers can be taken). */
    private String newNumber(Address address, Instant now) {
        while (true) {
            String candidate = HouseholdNumbers.format(address.provinceCode(), households.nextSerial());
            if (households.insert(candidate, address, now)) {
                return candidate;
            }
        }
    }
}
