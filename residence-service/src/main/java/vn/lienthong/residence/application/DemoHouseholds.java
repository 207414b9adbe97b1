package vn.lienthong.residence.application;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.residence.config.ResidenceSettings;
import vn.lienthong.residence.domain.household.Address;
import vn.lienthong.residence.domain.household.NewHousehold;
import vn.lienthong.residence.domain.household.RelationshipToHead;
import vn.lienthong.residence.domain.population.Person;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.persistence.Households;

/**
 * Demo households for the local stack ({@code lienthong.residence.demo-households}), in three of the configured
 * units' communes, under fixed numbers so the README's examples work. Fictitious people; their personal ID numbers
 * follow DESIGN.md rule 1. Seeded before the service reports ready; a household already there is left as it is.
 */
@Component
class DemoHouseholds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);

    record Demo(String householdNumber, NewHousehold household) {
    }

    static final List<Demo> HOUSEHOLDS = List.of(
            new Demo("HK-001-9000001", household(new Address("001", "Phường Đức Giang", "Số 18 ngõ 75 phố Đức Giang"),
                    member("001092004512", "Nguyễn Văn Bình", Sex.MALE, "1992-04-12", RelationshipToHead.HEAD),
                    member("001195003917", "Trần Thị Hoa", Sex.FEMALE, "1995-09-03", RelationshipToHead.SPOUSE),
                    member("001062001234", "Nguyễn Văn Cường", Sex.MALE, "1962-01-20", RelationshipToHead.PARENT))),
            new Demo("HK-056-9000001", household(new Address("056", "Phường Nha Trang", "Số 25 đường Trần Phú"),
                    member("056190006721", "Lê Thị Mai", Sex.FEMALE, "1990-07-21", RelationshipToHead.HEAD),
                    member("056088001402", "Phạm Minh Tuấn", Sex.MALE, "1988-02-14", RelationshipToHead.SPOUSE))),
            new Demo("HK-056-9000002", household(new Address("056", "Xã Cam Lâm", "Thôn Văn Thủy 1"),
                    member("056085000517", "Võ Văn Hải", Sex.MALE, "1985-11-05", RelationshipToHead.HEAD),
                    member("056301003030", "Đặng Thị Lan", Sex.FEMALE, "2001-03-30", RelationshipToHead.SPOUSE))));

    private final ResidenceSettings settings;
    private final HouseholdRegister register;
    private final Households households;

    DemoHouseholds(ResidenceSettings settings, HouseholdRegister register, Households households) {
        this.settings = settings;
        this.register = register;
        this.households = households;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoHouseholds()) {
            return;
        }
        int seeded = 0;
        for (Demo demo : HOUSEHOLDS) {
            if (households.find(demo.householdNumber()).isEmpty()) {
                try {
                    register.createAs(demo.householdNumber(), demo.household());
                    seeded++;
                } catch (DomainException e) {
                    // A demo person already entered elsewhere by hand: the service still starts, without this one.
                    log.warn("Demo household {} not seeded: {}", demo.householdNumber(), e.getMessage());
                }
            }
        }
        log.info("Demo households: {} seeded, {} already present", seeded, HOUSEHOLDS.size() - seeded);
    }

    private static NewHousehold household(Address address, NewHousehold.DeclaredMember... members) {
        return new NewHousehold(address, List.of(members));
    }

    private static NewHousehold.DeclaredMember member(String number, String name, Sex sex, String dateOfBirth,
                                                      RelationshipToHead relationship) {
        return new NewHousehold.DeclaredMember(new Person(number, name, sex, LocalDate.parse(dateOfBirth),
                PersonalIdNumbers.provinceOf(number)), relationship);
    }
}
