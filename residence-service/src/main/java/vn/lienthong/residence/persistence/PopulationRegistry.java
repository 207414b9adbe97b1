package vn.lienthong.residence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.contracts.Sex;
import vn.lienthong.residence.domain.population.Person;

/** The population registry's people and the allocations made for callers' idempotency keys. */
@Repository
public class PopulationRegistry {

    /** How a declared person relates to what the registry already holds. */
    public enum Declaration { RECORDED, ALREADY_RECORDED, CONFLICTS_WITH_RECORD }

    private final JdbcClient jdbc;

    PopulationRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(String personalIdNumber) {
        return jdbc.sql("""
                        select personal_id_number, full_name, sex, date_of_birth, birth_province_code
                        from person where personal_id_number = ?""")
                .param(personalIdNumber)
                .query(PopulationRegistry::person)
                .optional();
    }

    public List<Person> findAll(Collection<String> personalIdNumbers) {
        if (personalIdNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select personal_id_number, full_name, sex, date_of_birth, birth_province_code
                        from person where personal_id_number = any (?)""")
                .param(personalIdNumbers.toArray(String[]::new))
                .query(PopulationRegistry::person)
                .list();
    }

    /**
     * Enters a person who already holds a number (a household member): recorded if new, accepted if the registry
     * already has the same person, refused if it has someone else under that number.
     */
    public Declaration declare(Person person) {
        if (insert(person, "DECLARED_IN_HOUSEHOLD")) {
            return Declaration.RECORDED;
        }
        Person recorded = find(person.personalIdNumber()).orElseThrow();
        return recorded.matches(person) ? Declaration.ALREADY_RECORDED : Declaration.CONFLICTS_WITH_RECORD;
    }

    /** Records a newly allocated number; false when the number is taken (the allocator then draws again). */
    public boolean claim(Person person) {
        return insert(person, "ALLOCATED");
    }

    public Optional<Allocation> allocationFor(String idempotencyKey) {
        return jdbc.sql("""
                        select personal_id_number, request_fingerprint
                        from personal_id_allocation where idempotency_key = ?""")
                .param(idempotencyKey)
                .query((rs, row) -> new Allocation(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public void recordAllocation(String idempotencyKey, Allocation allocation) {
        jdbc.sql("""
                        insert into personal_id_allocation (idempotency_key, request_fingerprint, personal_id_number)
                        values (?, ?, ?)""")
                .params(idempotencyKey, allocation.fingerprint(), allocation.personalIdNumber())
                .update();
    }

    /** Serialises requests that share an idempotency key until the end of the transaction. */
    public void lockIdempotencyKey(String idempotencyKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("personal-id-allocation:" + idempotencyKey)
                .query((rs, row) -> 1)
                .single();
    }

    private boolean insert(Person person, String source) {
        return jdbc.sql("""
                        insert into person (personal_id_number, full_name, sex, date_of_birth, birth_province_code, source)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (personal_id_number) do nothing""")
                .params(person.personalIdNumber(), person.fullName(), person.sex().name(), person.dateOfBirth(),
                        person.birthProvinceCode(), source)
                .update() == 1;
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("personal_id_number"), rs.getString("full_name"),
                Sex.valueOf(rs.getString("sex")), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("birth_province_code"));
    }

    /** A number handed out for an idempotency key, with the fingerprint of the request that got it. */
    public record Allocation(String personalIdNumber, String fingerprint) {
    }
}
