package vn.lienthong.civilregistry.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.Commands.aMothersId;
import static vn.lienthong.civilregistry.Commands.registerBirth;
import static vn.lienthong.civilregistry.Commands.today;

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
import vn.lienthong.civilregistry.Http;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;

class DirectRegistrationIT extends CivilRegistryIntegrationTest {

    private static final String PATH = "/api/v1/birth-registrations";
    private static final String HOAN_KIEM = "000.20.45.H26";
    private static final String NHA_TRANG = "000.10.34.H34";
    private static final String CAM_LAM = "000.12.34.H34";

    @Test
    void registersABirthAtTheDeskAndReadsItsExtractByIdAndByCertificateNumber() {
        String decomposed = Normalizer.normalize("Trịnh Thị Ngọc Ánh", Normalizer.Form.NFD);

        var created = http().post(PATH, request("000.20.45.H26", decomposed, today().minusDays(70), aMothersId()));

        assertThat(created.status()).isEqualTo(201);
        var extract = created.object();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + extract.get("registrationId"));
        assertThat((String) extract.get("certificateNumber")).matches("Số [1-9]\\d*, quyển số " + today().getYear());
        assertThat(extract).containsEntry("timeliness", "LATE").containsEntry("late", true).containsEntry("provinceCode", "001")
                .containsEntry("dossierId", null);
        assertThat(((Number) extract.get("fee")).intValue()).isEqualTo(5000);
        assertThat((String) extract.get("personalIdNumber")).matches("0012\\d{8}");
        assertThat(((Map<?, ?>) extract.get("child")).get("fullName"))
                .isEqualTo(Normalizer.normalize("Trịnh Thị Ngọc Ánh", Normalizer.Form.NFC));

        assertThat(http().get(PATH + "/" + extract.get("registrationId")).object()).isEqualTo(extract);
        String certificate = (String) extract.get("certificateNumber");
        assertThat(http().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=" + encode(certificate)).list())
                .containsExactly(extract);
        String shortForm = certificate.replaceAll("Số (\\d+), quyển số (\\d+)", "$1/$2");
        assertThat(http().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=" + encode(shortForm)).list())
                .containsExactly(extract);
        assertThat(desk(NHA_TRANG).get(PATH + "?unitCode=000.10.34.H34&certificateNumber=" + encode(shortForm)).list()).isEmpty();
    }

    @Test
    void anUnknownRegistrationIsNotFoundAndAnUnreadableCertificateNumberIsBadInput() {
        assertThat(http().get(PATH + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http().get(PATH + "/not-a-uuid").status()).isEqualTo(400);
        var unreadable = http().get(PATH + "?unitCode=000.20.45.H26&certificateNumber=abc");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.object()).containsEntry("type", "urn:lienthong:problem:invalid-certificate-number");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        var answer = http().post(PATH, """
                {"unitCode":"Đức Giang","child":{"fullName":" ","sex":"FEMALE","dateOfBirth":"2025-03-15","nationality":"Vietnam"},
                 "mother":{"fullName":"Trần Thị Bình","personalIdNumber":"12ab"}}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, String>>) answer.object().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(
                "unitCode", "child.fullName", "child.nationality", "mother.personalIdNumber");
        assertThat(answer.object().toString()).doesNotContain("12ab");
    }

    @Test
    void refusesAnUnknownUnit() {
        var answer = http().post(PATH, request("000.99.99.H99", "Trịnh Văn An", today(), aMothersId()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:unknown-unit");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        var answer = http().post(PATH, request("000.20.45.H26", "Trịnh Văn Bình", today().plusDays(1), aMothersId()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:birth-date-in-future")
                .containsEntry("title", "Birth date in the future");
    }

    @Test
    void refusesTheSameChildTwiceWhetherAtTheDeskOrInADossierNamingTheCertificate() {
        String mother = aMothersId();
        var born = today().minusDays(4);
        var first = http().post(PATH, request("000.20.45.H26", "Trịnh Minh Châu", born, mother));
        String certificate = (String) first.object().get("certificateNumber");

        var again = http().post(PATH, request("000.20.45.H26",
                Normalizer.normalize("TRỊNH MINH CHÂU", Normalizer.Form.NFD), born, mother));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object()).containsEntry("type", "urn:lienthong:problem:duplicate-birth");
        assertThat((String) again.object().get("detail")).contains(certificate);

        UUID dossier = UUID.randomUUID();
        send(registerBirth(dossier, "trịnh minh châu", born, mother));
        var refused = awaitReply(dossier, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("DUPLICATE_BIRTH");
        assertThat(refused.refusal().message()).contains(certificate);
    }

    @Test
    void aRequestRepeatedWithItsIdempotencyKeyAnswersTheSameRegistration() {
        String key = UUID.randomUUID().toString();
        String body = request("000.20.45.H26", "Trịnh Quốc Bảo", today().minusDays(1), aMothersId());

        var created = http().post(PATH, body, "Idempotency-Key", key);
        var repeated = http().post(PATH, body, "Idempotency-Key", key);

        assertThat(created.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.object()).isEqualTo(created.object());

        var anotherChild = http().post(PATH, request("000.20.45.H26", "Trịnh Quốc Việt", today().minusDays(1), aMothersId()),
                "Idempotency-Key", key);
        assertThat(anotherChild.status()).isEqualTo(409);
        assertThat(anotherChild.object()).containsEntry("type", "urn:lienthong:problem:idempotency-key-reused");
    }

    @Test
    void refusesABlankOverLongOrUnprintableIdempotencyKeyNamingTheHeaderAndStoresNothing() {
        String mother = aMothersId();
        String childName = "Trịnh Văn Khóa";
        String body = request(HOAN_KIEM, childName, today().minusDays(1), mother);

        for (String key : List.of("", "k".repeat(201), "key\twith-a-tab")) {
            var answer = http().post(PATH, body, "Idempotency-Key", key);

            assertThat(answer.status()).as("key of %d characters", key.length()).isEqualTo(400);
            assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:validation-failed");
            @SuppressWarnings("unchecked")
            var errors = (List<Map<String, String>>) answer.object().get("errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactly("Idempotency-Key");
        }
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(registry.getAllServeEvents()).noneMatch(e -> e.getRequest().getBodyAsString().contains(childName));
        assertThat(http().post(PATH, body, "Idempotency-Key", "k".repeat(164) + UUID.randomUUID()).status())
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

        var unavailable = http().post(PATH, body, "Idempotency-Key", key);

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.object()).containsEntry("type", "urn:lienthong:problem:population-registry-unavailable");
        assertThat(unavailable.header("Retry-After")).isEqualTo("60");
        assertThat(registrationsOfMother(mother)).isZero();

        registry.removeStub(stub);
        var created = http().post(PATH, body, "Idempotency-Key", key);

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
        Http camLam = desk(CAM_LAM);
        List<Callable<Http.Answer>> requests = IntStream.range(0, registrations)
                .<Callable<Http.Answer>>mapToObj(i -> () -> camLam.post(PATH,
                        request(CAM_LAM, "Lương Văn Số " + i, today().minusDays(i), aMothersId())))
                .toList();

        List<Http.Answer> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(registrations)) {
            for (Future<Http.Answer> answer : threads.invokeAll(requests)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Http.Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> (String) a.object().get("certificateNumber")).doesNotHaveDuplicates();
        List<Integer> book = jdbc.sql("select certificate_seq from birth_registration where unit_code = ? and book_year = ? order by 1")
                .params(CAM_LAM, today().getYear()).query(Integer.class).list();
        assertThat(book).containsExactlyElementsOf(IntStream.rangeClosed(1, book.size()).boxed().toList());
        assertThat(book).hasSize(registrations);
    }

    @Test
    void publishesItsApiAsOpenApi() {
        var api = Http.anonymous(port).get("/v3/api-docs");

        assertThat(api.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Object>) api.object().get("paths");
        assertThat(paths).containsKeys(PATH, PATH + "/{registrationId}");
    }

    /** The desk of Hoàn Kiếm, where these tests register births unless they say otherwise. */
    private Http http() {
        return desk(HOAN_KIEM);
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
