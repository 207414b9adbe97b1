package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;
import vn.lienthong.testsupport.ServiceHttp.Response;

/**
 * The boundary's rules for what the residence service takes in (issue 13): names of letters, combining marks, spaces,
 * apostrophes and hyphens; free text without control characters, bidi controls or lone surrogates; people born from
 * 1900-01-01 to today. Each refusal is a 400 naming the field, never echoing the value, and writes nothing.
 */
class InputBoundaryIT extends ServiceTestSupport {

    /** Each a JSON string body (escapes as JSON reads them): a digit, NUL, CR LF, U+202E, a lone surrogate, a tag. */
    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn 2", "Nguyễn\\u0000Văn", "Nguyễn\\r\\nVăn", "\\u202ENguyễn Văn",
            "Nguyễn \\uD800Văn", "<script>Văn", "Nguyễn_Văn", "Trần Thị Hoa\\t"})
    void refusesAMembersNameThatIsNotLettersMarksSpacesApostrophesAndHyphens(String name) {
        long people = count("select count(*) from person");

        var answer = createHousehold(name, aPersonalIdNumber("001", Sex.MALE, 1990), "1990-01-01");

        assertRefused(answer, "members[0].fullName");
        assertThat(answer.text()).doesNotContain("script").doesNotContain("Nguyễn");
        assertThat(count("select count(*) from person")).isEqualTo(people);
    }

    @Test
    void takesVietnameseNamesWithDiacriticsApostrophesAndHyphensInNfcOrNfd() {
        var nfc = createHousehold("Nguyễn Thị Ánh-Dương", aPersonalIdNumber("001", Sex.MALE, 1990), "1990-01-01");
        // NFD: the diacritics as combining marks.
        var nfd = createHousehold("Nguye\\u0302\\u0303n Thi\\u0323 O'Hara", aPersonalIdNumber("001", Sex.MALE, 1990),
                "1990-01-01");

        assertThat(nfc.status()).as(nfc.text()).isEqualTo(201);
        assertThat(nfd.status()).as(nfd.text()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0000-01-01", "9999-12-31"})
    void refusesAMemberBornBefore1900OrAfterToday(String born) {
        long people = count("select count(*) from person");

        var answer = createHousehold("Đỗ Văn Nam", aPersonalIdNumber("001", Sex.MALE, 1990), born);

        assertRefused(answer, "members[0].dateOfBirth");
        assertThat(count("select count(*) from person")).isEqualTo(people);
    }

    @Test
    void refusesAMemberBornTomorrowAndTakesOneBornOnTheFirstDayOf1900() {
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        var unborn = createHousehold("Đỗ Văn Nam", aPersonalIdNumber("001", Sex.MALE, 2000), tomorrow);
        var eldest = createHousehold("Đỗ Văn Nam", aPersonalIdNumber("001", Sex.MALE, 1900), "1900-01-01");

        assertRefused(unborn, "members[0].dateOfBirth");
        assertThat(eldest.status()).as(eldest.text()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phố\\u0000Huế", "Phố\\u202EHuế", "Phố \\uDC00Huế", "Phố\\u001bHuế"})
    void refusesAnAddressWithControlCharactersBidiControlsOrLoneSurrogates(String street) {
        long households = count("select count(*) from household");

        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", """
                {"address":{"provinceCode":"001","commune":"Phường Đức Giang","street":"%s"},
                 "members":[{"fullName":"Đỗ Văn Nam","personalIdNumber":"%s","dateOfBirth":"1990-01-01","sex":"MALE","relationshipToHead":"HEAD"}]}"""
                .formatted(street, aPersonalIdNumber("001", Sex.MALE, 1990)));

        assertRefused(answer, "address.street");
        assertThat(count("select count(*) from household")).isEqualTo(households);
    }

    /** Was a 409 (PostgreSQL refuses NUL in text), which the orchestrator's client turned into a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"HK-001-\\u00000000001", "HK-001-\\u202E0000001", "HK-001-\\uD8000000001"})
    void refusesAMembershipCheckWhoseHouseholdNumberHasControlCharacters(String number) {
        var answer = orchestrator().post("/api/v1/household-membership-checks", """
                {"householdNumber":"%s","personalIdNumbers":["001195003917"]}""".formatted(number));

        assertRefused(answer, "householdNumber");
        assertThat(answer.text()).doesNotContain("HK-001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "9999-12-31", "0000-01-01"})
    void refusesToAllocateANumberForABirthBefore1900OrAfterToday(String born) {
        long allocations = count("select count(*) from personal_id_allocation");

        var answer = allocate("""
                {"provinceCode":"001","fullName":"Nguyễn Thị An","sex":"FEMALE","dateOfBirth":"%s"}""".formatted(born));

        assertRefused(answer, "dateOfBirth");
        assertThat(count("select count(*) from personal_id_allocation")).isEqualTo(allocations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị 4n", "Nguyễn\\u0000Thị An", "\\u202ENguyễn Thị An", "Nguyễn \\uD800An"})
    void refusesToAllocateANumberForANameThatIsNotLetters(String name) {
        long allocations = count("select count(*) from personal_id_allocation");

        var answer = allocate("""
                {"provinceCode":"001","fullName":"%s","sex":"FEMALE","dateOfBirth":"2025-03-15"}""".formatted(name));

        assertRefused(answer, "fullName");
        assertThat(count("select count(*) from personal_id_allocation")).isEqualTo(allocations);
    }

    @Test
    void refusesADecisionReasonWithABidiOverride() {
        var answer = http.asPoliceOf(DUC_GIANG).post("/api/v1/residence-applications/" + UUID.randomUUID()
                + "/decision", """
                {"decision":"REFUSE","reason":"Thiếu giấy tờ \\u202Egnol"}""");

        assertRefused(answer, "reason");
    }

    private Response createHousehold(String name, String personalIdNumber, String born) {
        return http.asPoliceOf(DUC_GIANG).post("/api/v1/households", """
                {"address":{"provinceCode":"001","commune":"Phường Đức Giang","street":"Số 1 phố Đức Giang"},
                 "members":[{"fullName":"%s","personalIdNumber":"%s","dateOfBirth":"%s","sex":"MALE","relationshipToHead":"HEAD"}]}"""
                .formatted(name, personalIdNumber, born));
    }

    private Response allocate(String body) {
        return civilRegistry().idempotencyKey("birth:" + UUID.randomUUID()).post("/api/v1/personal-id-numbers", body);
    }

    private static void assertRefused(Response answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as(answer.text()).containsExactly(field);
    }
}
