package vn.lienthong.civilregistry.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.Births.aMothersId;
import static vn.lienthong.civilregistry.Births.registerBirth;
import static vn.lienthong.civilregistry.Births.today;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.testsupport.ServiceHttp;

class DirectRegistrationIT extends CivilRegistryIntegrationTest {

    private static final String PATH = "/api/v1/birth-registrations";
    private static final String HOAN_KIEM = "000.20.45.H26";
    private static final String NHA_TRANG = "000.10.34.H34";
    private static final String CAM_LAM = "000.12.34.H34";

    @Test
    void registersABirthAtTheDeskAndReadsItsExtractByIdAndByCertificateNumber() {
        String decomposed = Normalizer.normalize("Trịnh Thị Ngọc Ánh", Normalizer.Form.NFD);

        var created = hoanKiem().post(PATH, request("000.20.45.H26", decomposed, today().minusDays(70), aMothersId()));

        assertThat(created.status()).isEqualTo(201);
        var extract = created.map();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + extract.get("registrationId"));
        assertThat((String) extract.get("certificateNumber")).matches("Số [1-9]\\d*, quyển số " + today().getYear());
        assertThat(extract).containsEntry("timeliness", "LATE").containsEntry("late", true).containsEntry("provinceCode", "001")
                .containsEntry("dossierId", null);
        assertThat(((Number) extract.get("fee")).intValue()).isEqualTo(5000);
        assertThat((String) extract.get("personalIdNumber")).matches("0012\\d{8}");
        assertThat(((Map<?, ?>) extract.get("child")).get("fullName"))
                .isEqualTo(Normalizer.normalize("Trịnh Thị Ngọc Ánh", Normalizer.Form.NFC));

        assertThat(hoanKiem().get(PATH + "/" + extract.get("registrationId")).map()).isEqualTo(extract);
        String certificate = (String) extract.get("certificateNumber");
        assertThat(hoanKiem().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=" + encode(certificate)).list())
                .containsExactly(extract);
        String shortForm = certificate.replaceAll("Số (\\d+), quyển số (\\d+)", "$1/$2");
        assertThat(hoanKiem().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=" + encode(shortForm)).list())
                .containsExactly(extract);
        assertThat(http.asDeskOf(NHA_TRANG).get(PATH + "?unitCode=000.10.34.H34&certificateNumber=" + encode(shortForm)).list()).isEmpty();
    }

    @Test
    void anUnknownRegistrationIsNotFoundAndAnUnreadableCertificateNumberIsBadInput() {
        assertThat(hoanKiem().get(PATH + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(hoanKiem().get(PATH + "/not-a-uuid").status()).isEqualTo(400);
        var unreadable = hoanKiem().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=abc");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.map()).containsEntry("type", "urn:lienthong:problem:invalid-certificate-number");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        var answer = hoanKiem().post(PATH, """
                {"unitCode":"Đức Giang","child":{"fullName":" ","sex":"FEMALE","dateOfBirth":"2025-03-15","nationality":"Vietnam"},
                 "mother":{"fullName":"Trần Thị Bình","personalIdNumber":"12ab"}}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, String>>) answer.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(
                "unitCode", "child.fullName", "child.nationality", "mother.personalIdNumber");
        assertThat(answer.map().toString()).doesNotContain("12ab");
    }

    @Test
    void refusesAnUnknownUnit() {
        var answer = hoanKiem().post(PATH, request("000.99.99.H99", "Trịnh Văn An", today(), aMothersId()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unknown-unit");
    }

    @Test
    void refusesABirthDateInTheFutureNamingTheField() {
        String mother = aMothersId();
        var answer = hoanKiem().post(PATH, request("000.20.45.H26", "Trịnh Văn Bình", today().plusDays(1), mother));

        assertRefusedNaming(answer, "child.dateOfBirth");
        assertThat(registrationsOfMother(mother)).isZero();
    }

    @Test
    void refusesDatesOfBirthBefore1900OrAfterTodayNamingTheField() {
        for (String date : List.of("0000-01-01", "1899-12-31", "9999-12-31", today().plusDays(1).toString())) {
            String mother = aMothersId();
            String body = request(HOAN_KIEM, "Trịnh Văn Ngày", today(), mother)
                    .replace("\"dateOfBirth\":\"1992-07-08\"", "\"dateOfBirth\":\"" + date + "\"");

            assertRefusedNaming(hoanKiem().post(PATH, body), "mother.dateOfBirth");
            assertThat(registrationsOfMother(mother)).as(date).isZero();
        }
        for (String date : List.of("0000-01-01", "1899-12-31")) {
            var answer = hoanKiem().post(PATH, request(HOAN_KIEM, "Trịnh Văn Xưa", LocalDate.parse(date), aMothersId()));
            assertRefusedNaming(answer, "child.dateOfBirth");
        }
        String mother = aMothersId();
        String oldest = request(HOAN_KIEM, "Trịnh Văn Cụ", today(), mother)
                .replace("\"dateOfBirth\":\"1992-07-08\"", "\"dateOfBirth\":\"1900-01-01\"");
        assertThat(hoanKiem().post(PATH, oldest).status()).isEqualTo(201);
    }

    @Test
    void refusesNamesThatAreNotLettersMarksSpacesApostrophesOrHyphensNamingTheFieldWithoutEchoingThem() {
        // JSON escapes, so the control, bidi and lone-surrogate characters reach the server as sent.
        for (String name : List.of("Trịnh Văn 3", "Trịnh\\u0000Văn", "Trịnh\\u0007Văn", "Trịnh\\r\\nVăn",
                "Trịnh \\u202EnăV", "Trịnh \\uD800Văn", "Trịnh <b>Văn</b>", "Trịnh_Văn")) {
            String mother = aMothersId();

            var answer = hoanKiem().post(PATH, request(HOAN_KIEM, name, today(), mother));

            assertRefusedNaming(answer, "child.fullName");
            assertThat(answer.text()).doesNotContain("Trịnh").doesNotContain("Văn");
            assertThat(registrationsOfMother(mother)).as(name).isZero();
        }
        String mother = aMothersId();
        String body = request(HOAN_KIEM, "Trịnh Văn Lành", today(), mother)
                .replace("\"Lương Thị Hoa\",\"personalIdNumber\"", "\"Lương\\u202E Thị Hoa\",\"personalIdNumber\"");
        assertRefusedNaming(hoanKiem().post(PATH, body), "mother.fullName", "declarant.fullName");
    }

    @Test
    void refusesControlBidiOrLoneSurrogateCharactersInAnyTextNamingTheField() {
        for (String place : List.of("Trạm y tế\\u0000", "Trạm\\u202E y tế", "Trạm y tế\\uDC00", "Trạm\\ny tế")) {
            String mother = aMothersId();
            String body = request(HOAN_KIEM, "Trịnh Văn Sạch", today(), mother)
                    .replace("\"Trạm y tế\"", "\"" + place + "\"");

            assertRefusedNaming(hoanKiem().post(PATH, body), "child.placeOfBirth");
            assertThat(registrationsOfMother(mother)).as(place).isZero();
        }
    }

    @Test
    void registersVietnameseNamesWithDiacriticsApostrophesAndHyphens() {
        for (String name : List.of("Nguyễn Thị Minh Khai", Normalizer.normalize("Đặng Thùy Trâm", Normalizer.Form.NFD),
                "H'Hen Niê", "Nông Thị Xuân-Mai", "Ksor Y\u2019Ơn")) {
            var answer = hoanKiem().post(PATH, request(HOAN_KIEM, name, today(), aMothersId()));

            assertThat(answer.status()).as(name).isEqualTo(201);
        }
    }

    @Test
    void answersAnOddCertificateNumberWithAProblemNeverAServerError() {
        for (String odd : List.of("1/0999", "Số 7, quyển số 0000", "9".repeat(5000), "99999999999/2025", "\uD800",
                "\u0000", "%", "a\r\nX-Injected: yes", "<script>1/2025</script>")) {
            var answer = hoanKiem().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=" + encode(odd));

            assertThat(answer.status()).as(odd).isEqualTo(400);
            assertThat(answer.contentType()).as(odd).startsWith("application/problem+json");
            assertThat(answer.text()).as(odd).doesNotContain("X-Injected").doesNotContain("script").doesNotContain("0999");
        }
        assertThat(hoanKiem().get(PATH + "?unitCode=%3Cb%3E&certificateNumber=1/2025").status()).isEqualTo(400);
    }

    private static void assertRefusedNaming(ServiceHttp.Response answer, String... fields) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, String>>) answer.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(fields);
    }

    @Test
    void refusesTheSameChildTwiceWhetherAtTheDeskOrInADossierNamingTheCertificate() {
        String mother = aMothersId();
        var born = today().minusDays(4);
        var first = hoanKiem().post(PATH, request("000.20.45.H26", "Trịnh Minh Châu", born, mother));
        String certificate = (String) first.map().get("certificateNumber");

        var again = hoanKiem().post(PATH, request("000.20.45.H26",
                Normalizer.normalize("TRỊNH MINH CHÂU", Normalizer.Form.NFD), born, mother));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map()).containsEntry("type", "urn:lienthong:problem:duplicate-birth");
        assertThat((String) again.map().get("detail")).contains(certificate);

        UUID dossier = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(dossier, "trịnh minh châu", born, mother));
        var refused = events.awaitMessage(dossier, 1, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("DUPLICATE_BIRTH");
        assertThat(refused.refusal().message()).contains(certificate);
    }

    @Test
    void aRequestRepeatedWithItsIdempotencyKeyAnswersTheSameRegistration() {
        String key = UUID.randomUUID().toString();
        String body = request("000.20.45.H26", "Trịnh Quốc Bảo", today().minusDays(1), aMothersId());

        var created = hoanKiem().idempotencyKey(key).post(PATH, body);
        var repeated = hoanKiem().idempotencyKey(key).post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.map()).isEqualTo(created.map());

        var anotherChild = hoanKiem().idempotencyKey(key)
                .post(PATH, request("000.20.45.H26", "Trịnh Quốc Việt", today().minusDays(1), aMothersId()));
        assertThat(anotherChild.status()).isEqualTo(409);
        assertThat(anotherChild.map()).containsEntry("type", "urn:lienthong:problem:idempotency-key-reused");
    }

    @Test
    void refusesABlankOverLongOrUnprintableIdempotencyKeyNamingTheHeaderAndStoresNothing() {
        String mother = aMothersId();
        String childName = "Trịnh Văn Khóa";
        String body = request(HOAN_KIEM, childName, today().minusDays(1), mother);

        for (String key : List.of("", "k".repeat(201), "key\twith-a-tab")) {
            var answer = hoanKiem().idempotencyKey(key).post(PATH, body);

            assertThat(answer.status()).as("key of %d characters", key.length()).isEqualTo(400);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
            @SuppressWarnings("unchecked")
            var errors = (List<Map<String, String>>) answer.map().get("errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactly("Idempotency-Key");
        }
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(registry.getAllServeEvents()).noneMatch(e -> e.getRequest().getBodyAsString().contains(childName));
        assertThat(hoanKiem().idempotencyKey("k".repeat(164) + UUID.randomUUID()).post(PATH, body).status())
                .as("a key of 200 characters").isEqualTo(201);
    }

    @Test
    void answersServiceUnavailableAndStoresNothingWhileTheRegistryIsAwayThenTheRepeatReusesTheKey() {
        String mother = aMothersId();
        String childName = "Trịnh Hải Đăng";
        var stub = registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(1)
                .withRequestBody(containing(childName))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String key = UUID.randomUUID().toString();
        String body = request("000.20.45.H26", childName, today(), mother);

        var unavailable = hoanKiem().idempotencyKey(key).post(PATH, body);

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.map()).containsEntry("type", "urn:lienthong:problem:population-registry-unavailable");
        assertThat(unavailable.header("Retry-After")).isEqualTo("60");
        assertThat(registrationsOfMother(mother)).isZero();

        registry.removeStub(stub);
        var created = hoanKiem().idempotencyKey(key).post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(registrationsOfMother(mother)).isEqualTo(1);
        var calls = registry.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains(childName)).toList();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls).extracting(e -> e.getRequest().getHeader("Idempotency-Key")).containsOnly(
                calls.getFirst().getRequest().getHeader("Idempotency-Key"));
        assertThat(calls).filteredOn(e -> e.getResponse().getStatus() == 201).hasSize(1);
    }

    @Test
    void certificateNumbersStayGapFreeUnderConcurrentRegistrations() throws Exception {
        int registrations = 20;
        ServiceHttp camLam = http.asDeskOf(CAM_LAM);
        List<Callable<ServiceHttp.Response>> requests = IntStream.range(0, registrations)
                .<Callable<ServiceHttp.Response>>mapToObj(i -> () -> camLam.post(PATH,
                        request(CAM_LAM, "Lương Văn Số " + (char) ('A' + i), today().minusDays(i), aMothersId())))
                .toList();

        List<ServiceHttp.Response> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(registrations)) {
            for (Future<ServiceHttp.Response> answer : threads.invokeAll(requests)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(ServiceHttp.Response::status).containsOnly(201);
        assertThat(answers).extracting(a -> (String) a.map().get("certificateNumber")).doesNotHaveDuplicates();
        List<Integer> book = jdbc.sql("select certificate_seq from birth_registration where unit_code = ? and book_year = ? order by 1")
                .params(CAM_LAM, today().getYear()).query(Integer.class).list();
        assertThat(book).containsExactlyElementsOf(IntStream.rangeClosed(1, book.size()).boxed().toList());
        assertThat(book).hasSize(registrations);
    }

    @Test
    void publishesItsApiAsOpenApi() {
        var api = http.anonymous().get("/v3/api-docs");

        assertThat(api.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Object>) api.map().get("paths");
        assertThat(paths).containsKeys(PATH, PATH + "/{registrationId}");
    }

    /** The desk of Hoàn Kiếm, where these tests register births unless they say otherwise. */
    private ServiceHttp hoanKiem() {
        return http.asDeskOf(HOAN_KIEM);
    }

    private long registrationsOfMother(String mother) {
        return jdbc.sql("select count(*) from birth_registration where declaration -> 'mother' ->> 'personalIdNumber' = ?")
                .param(mother).query(Long.class).single();
    }

    private static String request(String unitCode, String childName, LocalDate born, String mothersId) {
        return """
                {"unitCode":"%s",
                 "child":{"fullName":"%s","sex":"MALE","dateOfBirth":"%s","placeOfBirth":"Trạm y tế","ethnicity":"Kinh","nationality":"VN"},
                 "mother":{"fullName":"Lương Thị Hoa","personalIdNumber":"%s","dateOfBirth":"1992-07-08"},
                 "declarant":{"fullName":"Lương Thị Hoa","personalIdNumber":"%s","relationship":"MOTHER","phone":"0987654321"}}"""
                .formatted(unitCode, childName, born, mothersId, mothersId);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
