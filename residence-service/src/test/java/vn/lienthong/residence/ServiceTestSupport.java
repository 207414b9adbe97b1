package vn.lienthong.residence;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TopicTap;

/**
 * The residence service on a fresh database and the embedded broker, driven as its callers drive it: over HTTP with
 * real tokens ({@link ServiceHttp}) and through {@code residence.commands} ({@link Commands}); its replies read
 * from {@code residence.events} ({@link #replies}). Holds the service's own fixtures: units, families, newborns,
 * applications. Every test class extending this with the same settings shares one application context.
 */
@ServiceIntegrationTest
public abstract class ServiceTestSupport {

    /** The units of {@code lienthong-units.yml}: two communes of Hà Nội (001), two of Khánh Hòa (056). */
    protected static final String DUC_GIANG = "000.26.45.H26";
    protected static final String HOAN_KIEM = "000.20.45.H26";
    protected static final String NHA_TRANG = "000.10.34.H34";
    protected static final String CAM_LAM = "000.12.34.H34";

    protected static final String COMMANDS = Agency.RESIDENCE.commands().name();
    protected static final String EVENTS = Agency.RESIDENCE.events().name();

    private static final SecureRandom random = new SecureRandom();
    /** Dossier codes unique within the run, as the orchestrator's per-unit daily sequence would make them. */
    private static final AtomicInteger dossierSequence = new AtomicInteger();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected ServiceHttp http;
    @Autowired protected Commands commands;
    @Autowired protected TestClock clock;

    /** What the service wrote on {@code residence.events} (closed after each test). */
    protected TopicTap replies;

    @BeforeEach
    void tapReplies() {
        replies = commands.tap(EVENTS);
    }

    /** The civil registry's client, which asks for personal ID numbers. */
    protected ServiceHttp civilRegistry() {
        return http.asClient("civil-registry-service");
    }

    /** The orchestrator's client, which checks household membership at intake. */
    protected ServiceHttp orchestrator() {
        return http.asClient("dossier-orchestrator");
    }

    /** A personal ID number that follows rule 1, with random digits, as a person already registered would hold. */
    protected static String aPersonalIdNumber(String province, Sex sex, int birthYear) {
        return PersonalIdNumbers.compose(province, sex, LocalDate.of(birthYear, 1, 1), random.nextInt(1_000_000));
    }

    /** A newborn allocated a number by the population registry, as the civil registry does it. */
    protected String aNewbornRegisteredIn(String province) {
        var answer = civilRegistry().idempotencyKey("birth:" + UUID.randomUUID()).post("/api/v1/personal-id-numbers",
                """
                {"provinceCode":"%s","fullName":"Nguyễn Thị An","sex":"FEMALE","dateOfBirth":"2025-03-15"}"""
                        .formatted(province));
        if (answer.status() != 201) {
            throw new AssertionError("allocation failed: " + answer);
        }
        return answer.string("personalIdNumber");
    }

    /** The numbers of a new household in Đức Giang: its number, the father (head) and the mother (spouse). */
    protected record Family(String householdNumber, String father, String mother) {
    }

    protected Family aFamilyInDucGiang() {
        String father = aPersonalIdNumber("001", Sex.MALE, 1992);
        String mother = aPersonalIdNumber("001", Sex.FEMALE, 1995);
        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", """
                {"address":{"provinceCode":"001","commune":"Phường Đức Giang","street":"Số 18 ngõ 75 phố Đức Giang"},
                 "members":[
                   {"fullName":"Nguyễn Văn Bình","personalIdNumber":"%s","dateOfBirth":"1992-04-12","sex":"MALE","relationshipToHead":"HEAD"},
                   {"fullName":"Trần Thị Hoa","personalIdNumber":"%s","dateOfBirth":"1995-09-03","sex":"FEMALE","relationshipToHead":"SPOUSE"}]}"""
                .formatted(father, mother));
        if (answer.status() != 201) {
            throw new AssertionError("household not created: " + answer);
        }
        return new Family(answer.string("householdNumber"), father, mother);
    }

    protected static RegisterResidence anApplication(UUID dossier, String child, String household, String mother,
                                                     @Nullable String father) {
        String dossierCode = "000.26.45.H26-251124-" + "%04d".formatted(dossierSequence.incrementAndGet());
        return new RegisterResidence(dossier, dossierCode, DUC_GIANG, child, household, "CHILD", mother, father);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }
}
