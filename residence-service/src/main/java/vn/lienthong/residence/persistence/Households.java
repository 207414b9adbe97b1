package vn.lienthong.residence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.contracts.Sex;
import vn.lienthong.residence.domain.household.Address;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.Member;
import vn.lienthong.residence.domain.household.RelationshipToHead;
import vn.lienthong.residence.domain.population.Person;

/** Households and their members. */
@Repository
public class Households {

    private final JdbcClient jdbc;

    Households(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Household> find(String householdNumber) {
        return jdbc.sql("select household_number, province_code, commune, street, created_at from household "
                        + "where household_number = ?")
                .param(householdNumber)
                .query((rs, row) -> new Household(rs.getString("household_number"), address(rs),
                        List.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional()
                .map(household -> new Household(household.householdNumber(), household.address(),
                        members(household.householdNumber()), household.createdAt()));
    }

    /** The household a person is a permanent resident of, if any. */
    public Optional<String> householdOf(String personalIdNumber) {
        return jdbc.sql("select household_number from household_member where personal_id_number = ?")
                .param(personalIdNumber)
                .query(String.class)
                .optional();
    }

    /** Of these people, those who already have a permanent residence, and where. */
    public Map<String, String> residencesOf(Collection<String> personalIdNumbers) {
        if (personalIdNumbers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select personal_id_number, household_number from household_member "
                        + "where personal_id_number = any (?)")
                .param(personalIdNumbers.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Inserts the household under {@code number}; false when the number is taken. */
    public boolean insert(String number, Address address, Instant createdAt) {
        return jdbc.sql("""
                        insert into household (household_number, province_code, commune, street, created_at)
                        values (?, ?, ?, ?, ?) on conflict (household_number) do nothing""")
                .params(number, address.provinceCode(), address.commune(), address.street(),
                        createdAt.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    public long nextSerial() {
        return jdbc.sql("select nextval('household_number_seq')").query(Long.class).single();
    }

    /** Makes the person a permanent resident; the schema refuses a second residence or a second head. */
    public void addMember(String householdNumber, String personalIdNumber, RelationshipToHead relationship,
                          LocalDate joinedOn) {
        jdbc.sql("""
                        insert into household_member (household_number, personal_id_number, relationship_to_head, joined_on)
                        values (?, ?, ?, ?)""")
                .params(householdNumber, personalIdNumber, relationship.name(), joinedOn)
                .update();
    }

    private List<Member> members(String householdNumber) {
        return jdbc.sql("""
                        select p.personal_id_number, p.full_name, p.sex, p.date_of_birth, p.birth_province_code,
                               m.relationship_to_head, m.joined_on
                        from household_member m join person p using (personal_id_number)
                        where m.household_number = ?
                        order by array_position(array['HEAD', 'SPOUSE', 'PARENT', 'SIBLING', 'CHILD', 'GRANDCHILD', 'OTHER'],
                                 m.relationship_to_head), p.date_of_birth, p.personal_id_number""")
                .param(householdNumber)
                .query((rs, row) -> new Member(
                        new Person(rs.getString(1), rs.getString(2), Sex.valueOf(rs.getString(3)),
                                rs.getObject(4, LocalDate.class), rs.getString(5)),
                        RelationshipToHead.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)))
                .list();
    }

    private static Address address(ResultSet rs) throws SQLException {
        return new Address(rs.getString("province_code"), rs.getString("commune"), rs.getString("street"));
    }
}
