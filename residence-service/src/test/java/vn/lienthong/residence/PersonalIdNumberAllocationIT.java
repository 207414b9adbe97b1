package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.testsupport.ServiceHttp.Response;

/**
 * The population registry's allocation of personal ID numbers, {@code POST /api/v1/personal-id-numbers}, as the civil
 * registry calls it when it registers a birth: a number by rule 1 of DESIGN.md §3, the same one for a repeated
 * {@code Idempotency-Key}.
 */
class PersonalIdNumberAllocationIT extends ServiceTestSupport {

    private static final String AN = """
            {"provinceCode":"001","fullName":"Nguyễn Thị An","sex":"FEMALE","dateOfBirth":"2025-03-15"}""";

    @Test
    void allocatesANumberByTheRuleAndRecordsThePerson() {
        var answer = allocate("birth:" + UUID.randomUUID(), AN);

        assertThat(answer.status()).isEqualTo(201);
        String number = (String) answer.map().get("personalIdNumber");
        assertThat(number).matches("001325[0-9]{6}");
        assertThat(answer.map()).containsOnlyKeys("personalIdNumber");
        var person = jdbc.sql("select full_name, sex, date_of_birth::text, birth_province_code, source from person "
                        + "where personal_id_number = ?").param(number).query().singleRow();
        assertThat(person).containsEntry("full_name", "Nguyễn Thị An").containsEntry("sex", "FEMALE")
                .containsEntry("date_of_birth", "2025-03-15").containsEntry("birth_province_code", "001")
                .containsEntry("source", "ALLOCATED");
    }

    @Test
    void answersTheSameKeyWithTheSameBodyWithTheSameNumberAndAllocatesNothingNew() {
        String key = "birth:" + UUID.randomUUID();
        String number = (String) allocate(key, AN).map().get("personalIdNumber");
        long people = count("select count(*) from person");

        var again = allocate(key, AN);
        var againInNfd = allocate(key, Normalizer.normalize(AN, Normalizer.Form.NFD));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("personalIdNumber", number);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(againInNfd.status()).isEqualTo(200);
        assertThat(againInNfd.map()).containsEntry("personalIdNumber", number);
        assertThat(count("select count(*) from person")).isEqualTo(people);
    }

    @Test
    void refusesTheSameKeyWithADifferentBody() {
        String key = "birth:" + UUID.randomUUID();
        allocate(key, AN);
        long people = count("select count(*) from person");

        var answer = allocate(key, AN.replace("2025-03-15", "2025-03-16"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:idempotency-key-reused");
        assertThat(count("select count(*) from person")).isEqualTo(people);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown province code (a gap in the list)|{\"provinceCode\":\"003\",\"fullName\":\"An\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"2025-03-15\"}|unknown-province-code",
            "province code not 3 digits|{\"provinceCode\":\"1\",\"fullName\":\"An\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"2025-03-15\"}|validation-failed",
            "sex neither MALE nor FEMALE|{\"provinceCode\":\"001\",\"fullName\":\"An\",\"sex\":\"OTHER\",\"dateOfBirth\":\"2025-03-15\"}|validation-failed",
            "born 1899|{\"provinceCode\":\"001\",\"fullName\":\"An\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"1899-12-31\"}|validation-failed",
            "born 2200|{\"provinceCode\":\"001\",\"fullName\":\"An\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"2200-01-01\"}|validation-failed",
            "missing fields|{\"provinceCode\":\"001\"}|validation-failed",
            "date not a date|{\"provinceCode\":\"001\",\"fullName\":\"An\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"2025-02-30\"}|malformed-request"})
    void refusesABadRequestWithAProblemAndAllocatesNothing(String why, String body, String problem) {
        long people = count("select count(*) from person");
        long allocations = count("select count(*) from personal_id_allocation");

        var answer = allocate("birth:" + UUID.randomUUID(), body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:" + problem);
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from personal_id_allocation")).isEqualTo(allocations);
    }

    @Test
    void namesEveryMissingField() {
        var answer = allocate("birth:" + UUID.randomUUID(), "{}");

        assertThat(answer.status()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, String>>) answer.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("provinceCode", "fullName", "sex", "dateOfBirth");
    }

    @Test
    void requiresAnIdempotencyKeyOfAtMostAHundredCharacters() {
        var missing = civilRegistry().post("/api/v1/personal-id-numbers", AN);
        var tooLong = allocate("k".repeat(101), AN);
        var longest = allocate(UUID.randomUUID() + "k".repeat(64), AN);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.map().toString()).contains("Idempotency-Key");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(longest.status()).isEqualTo(201);
    }

    @Test
    void refusesAPresentKeyThatIsBlankOrNotPrintableAsciiInsteadOfTakingItAsAbsent() {
        long allocations = count("select count(*) from personal_id_allocation");

        var empty = allocate("", AN);
        var blank = allocate("   ", AN);
        var withAControlCharacter = allocate("birth:\t" + UUID.randomUUID(), AN);

        assertThat(List.of(empty, blank, withAControlCharacter)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.map().toString()).contains("Idempotency-Key");
        });
        assertThat(count("select count(*) from personal_id_allocation")).isEqualTo(allocations);
    }

    @Test
    void handsOutDistinctNumbersToConcurrentCallers() throws Exception {
        List<String> numbers = concurrently(24, i -> allocate("birth:" + UUID.randomUUID(), AN));

        assertThat(numbers).hasSize(24).doesNotHaveDuplicates().allMatch(n -> n.matches("001325[0-9]{6}"));
    }

    @Test
    void concurrentCallsWithOneKeyGetOneNumber() throws Exception {
        String key = "birth:" + UUID.randomUUID();

        List<String> numbers = concurrently(8, i -> allocate(key, AN));

        assertThat(numbers).hasSize(8).containsOnly(numbers.getFirst());
        assertThat(count("select count(*) from personal_id_allocation where idempotency_key = ?", key)).isEqualTo(1);
    }

    private Response allocate(String key, String body) {
        return civilRegistry().idempotencyKey(key).post("/api/v1/personal-id-numbers", body);
    }

    private List<String> concurrently(int callers, java.util.function.IntFunction<Response> call) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                int caller = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return call.apply(caller);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (var answer : answers) {
                assertThat(answer.get().status()).isIn(200, 201);
                numbers.add((String) answer.get().map().get("personalIdNumber"));
            }
            return numbers;
        }
    }
}
