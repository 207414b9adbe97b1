package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;
import vn.lienthong.testsupport.ServiceHttp.Response;

/**
 * Households (DESIGN.md §5) and the membership check the orchestrator makes at intake
 * ({@code POST /api/v1/household-membership-checks}: does the household exist, and which of the given people belong to it).
 */
class HouseholdIT extends ServiceTestSupport {

    @Test
    void createsAHouseholdWhoseMembersEnterThePopulationRegistryInNfc() {
        String head = aPersonalIdNumber("056", Sex.FEMALE, 1990);
        String spouse = aPersonalIdNumber("056", Sex.MALE, 1988);
        String nfd = Normalizer.normalize("Lê Thị Mai", Normalizer.Form.NFD);

        var created = http.asPoliceOf(NHA_TRANG).post("/api/v1/households", household("056", "Phường Nha Trang",
                member(nfd, head, "1990-07-21", "FEMALE", "HEAD"),
                member("Phạm Minh Tuấn", spouse, "1988-02-14", "MALE", "SPOUSE")));

        assertThat(created.status()).isEqualTo(201);
        String number = (String) created.map().get("householdNumber");
        assertThat(number).matches("HK-056-[0-9]{7}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/households/" + number);
        var read = http.asPoliceOf(NHA_TRANG).get("/api/v1/households/" + number);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.map()).containsEntry("addressSummary", "Số 25 đường Trần Phú, Phường Nha Trang, Khánh Hòa");
        assertThat(members(read)).extracting(m -> m.get("personalIdNumber"), m -> m.get("relationshipToHead"))
                .containsExactly(tuple(head, "HEAD"),
                        tuple(spouse, "SPOUSE"));
        assertThat(jdbc.sql("select full_name from person where personal_id_number = ?").param(head)
                .query(String.class).single()).isEqualTo("Lê Thị Mai");
        assertThat(jdbc.sql("select birth_province_code from person where personal_id_number = ?").param(spouse)
                .query(String.class).single()).isEqualTo("056");
    }

    @Test
    void findsAPersonsHouseholdWithThePersonalIdNumberInTheBodyNotTheUrl() {
        var family = aFamilyInDucGiang();

        var found = http.asPoliceOf(DUC_GIANG).post("/api/v1/households/search",
                "{\"personalIdNumber\":\"%s\"}".formatted(family.mother()));
        var nobody = http.asPoliceOf(DUC_GIANG).post("/api/v1/households/search",
                "{\"personalIdNumber\":\"%s\"}".formatted(aPersonalIdNumber("001", Sex.MALE, 1970)));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.map()).containsEntry("householdNumber", family.householdNumber());
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.map()).containsEntry("type", "urn:lienthong:problem:household-not-found");
    }

    @Test
    void answersWhichOfTheGivenPeopleAreMembersOfAnExistingHousehold() {
        var family = aFamilyInDucGiang();
        String stranger = aPersonalIdNumber("001", Sex.FEMALE, 1980);

        var answer = orchestrator().post("/api/v1/household-membership-checks", """
                {"householdNumber":"%s","personalIdNumbers":["%s","%s","%s"]}"""
                .formatted(family.householdNumber().toLowerCase(), family.mother(), stranger, family.father()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).isEqualTo(Map.of("householdNumber", family.householdNumber(),
                "householdExists", true, "provinceCode", "001", "commune", "Phường Đức Giang",
                "memberPersonalIdNumbers", List.of(family.mother(), family.father())));
    }

    @Test
    void answersThatAnUnknownHouseholdDoesNotExist() {
        var answer = orchestrator().post("/api/v1/household-membership-checks", """
                {"householdNumber":"HK-001-7777777","personalIdNumbers":["001195003917"]}""");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("householdNumber", "HK-001-7777777")
                .containsEntry("householdExists", false).containsEntry("provinceCode", null)
                .containsEntry("commune", null).containsEntry("memberPersonalIdNumbers", List.of());
    }

    @Test
    void refusesAMembershipCheckWithAMalformedPersonalIdNumber() {
        var answer = orchestrator().post("/api/v1/household-membership-checks", """
                {"householdNumber":"HK-001-7777777","personalIdNumbers":["12ab"]}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).doesNotContain("12ab");
    }

    @Test
    void refusesAHouseholdWithoutExactlyOneHeadAndWritesNothing() {
        long households = count("select count(*) from household");
        long people = count("select count(*) from person");

        var noHead = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", household("001", "Phường Đức Giang",
                member("Trần Thị Hoa", aPersonalIdNumber("001", Sex.FEMALE, 1995), "1995-09-03", "FEMALE", "SPOUSE")));
        var twoHeads = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", household("001", "Phường Đức Giang",
                member("Trần Thị Hoa", aPersonalIdNumber("001", Sex.FEMALE, 1995), "1995-09-03", "FEMALE", "HEAD"),
                member("Nguyễn Văn Bình", aPersonalIdNumber("001", Sex.MALE, 1992), "1992-04-12", "MALE", "HEAD")));

        assertThat(noHead.status()).isEqualTo(400);
        assertThat(noHead.map()).containsEntry("type", "urn:lienthong:problem:exactly-one-head");
        assertThat(twoHeads.status()).isEqualTo(400);
        assertThat(count("select count(*) from household")).isEqualTo(households);
        assertThat(count("select count(*) from person")).isEqualTo(people);
    }

    @Test
    void refusesAMemberWhoAlreadyHasAPermanentResidenceAndWritesNothing() {
        var family = aFamilyInDucGiang();
        String newcomer = aPersonalIdNumber("001", Sex.MALE, 1990);
        long households = count("select count(*) from household");

        var answer = http.asPoliceOf(HOAN_KIEM).post("/api/v1/households", household("001", "Phường Hoàn Kiếm",
                member("Đỗ Văn Nam", newcomer, "1990-01-01", "MALE", "HEAD"),
                member("Trần Thị Hoa", family.mother(), "1995-09-03", "FEMALE", "SPOUSE")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:member-already-resident");
        assertThat((String) answer.map().get("detail")).contains("members[1]").doesNotContain(family.mother());
        assertThat(count("select count(*) from household")).isEqualTo(households);
        assertThat(count("select count(*) from person where personal_id_number = ?", newcomer)).isZero();
    }

    @Test
    void refusesAPersonalIdNumberTheRegistryHoldsForSomeoneElse() {
        String child = aNewbornRegisteredIn("001");

        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", household("001", "Phường Đức Giang",
                member("Someone Else", child, "1990-01-01", "MALE", "HEAD")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:person-record-mismatch");
    }

    @Test
    void acceptsAPersonTheRegistryAlreadyHoldsUnderTheSameName() {
        String child = aNewbornRegisteredIn("001");
        String mother = aPersonalIdNumber("001", Sex.FEMALE, 1995);

        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", household("001", "Phường Đức Giang",
                member("Trần Thị Hoa", mother, "1995-09-03", "FEMALE", "HEAD"),
                member("NGUYỄN THỊ AN", child, "2025-03-15", "FEMALE", "CHILD")));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void namesEveryInvalidFieldOfAHousehold() {
        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", """
                {"address":{"provinceCode":"1","commune":"","street":"x"},
                 "members":[{"fullName":"A","personalIdNumber":"123","dateOfBirth":"2999-01-01","sex":"X","relationshipToHead":"BOSS"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, String>>) answer.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("address.provinceCode",
                "address.commune", "members[0].personalIdNumber", "members[0].dateOfBirth", "members[0].sex",
                "members[0].relationshipToHead");
    }

    @Test
    void refusesAnUnknownProvinceAndAnUnknownHousehold() {
        var unknownProvince = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", household("003", "Xã Nào Đó",
                member("Đỗ Văn Nam", aPersonalIdNumber("001", Sex.MALE, 1990), "1990-01-01", "MALE", "HEAD")));
        var unknownHousehold = http.asPoliceOf(DUC_GIANG).get("/api/v1/households/HK-001-7777777");

        assertThat(unknownProvince.status()).isEqualTo(400);
        assertThat(unknownProvince.map()).containsEntry("type", "urn:lienthong:problem:unknown-province-code");
        assertThat(unknownHousehold.status()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(Response household) {
        return (List<Map<String, Object>>) household.map().get("members");
    }

    private static String household(String province, String commune, String... members) {
        String street = province.equals("056") ? "Số 25 đường Trần Phú" : "Số 1 phố Đức Giang";
        return """
                {"address":{"provinceCode":"%s","commune":"%s","street":"%s"},"members":[%s]}"""
                .formatted(province, commune, street, String.join(",", members));
    }

    private static String member(String name, String number, String born, String sex, String relationship) {
        return """
                {"fullName":"%s","personalIdNumber":"%s","dateOfBirth":"%s","sex":"%s","relationshipToHead":"%s"}"""
                .formatted(name, number, born, sex, relationship);
    }
}
