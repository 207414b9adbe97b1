package vn.lienthong.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.devinfra.SampleDossiers.part;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.contracts.dossier.DossierDelayApologised;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.Jwts;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.TopicTap;
import vn.lienthong.testsupport.WireMockServers;

/**
 * The orchestrator on real PostgreSQL and the embedded broker, with WireMock as residence-service's household
 * register, and the four agencies played on Kafka: their commands read from a tap, their answers sent as their
 * outboxes would. Every call is made with the token of a desk officer of the dossier's unit.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        // Every dossier is "about to be late" at once, so the apology timer fires during the test.
        "lienthong.orchestrator.timers.apology-lead=3650d",
        "lienthong.orchestrator.timers.polling-interval=200ms"})
class DossierIT {

    static final WireMockServer residence = WireMockServers.start();
    static final String HOUSEHOLD = "HN-000123";
    static final String MOTHER = "001194012345";

    @DynamicPropertySource
    static void residenceUrl(DynamicPropertyRegistry registry) {
        registry.add("lienthong.orchestrator.residence-url", residence::baseUrl);
    }

    @Autowired ServiceHttp http;
    @Autowired Commands commands;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    /** The commands the orchestrator sends the four agencies. */
    TopicTap agencies;
    TopicTap dossierEvents;

    @BeforeEach
    void setUp() {
        residence.resetAll();
        householdFound();
        agencies = commands.tap(Topic.CIVIL_REGISTRY_COMMANDS.name(), Topic.RESIDENCE_COMMANDS.name(),
                Topic.HEALTH_INSURANCE_COMMANDS.name(), Topic.DELIVERY_COMMANDS.name());
        dossierEvents = commands.tap(Topic.DOSSIER_EVENTS.name());
    }

    /** The household register answers only a caller with a bearer token, as residence-service does. */
    static MappingBuilder membershipCheck() {
        return WireMockServers.withBearerToken(WireMock.post(urlEqualTo("/api/v1/household-membership-checks")));
    }

    static void householdFound() {
        residence.stubFor(membershipCheck().willReturn(okJson("""
                {"householdNumber":"%s","householdExists":true,"provinceCode":"001","commune":"Phường Đức Giang",
                 "memberPersonalIdNumbers":["%s"]}""".formatted(HOUSEHOLD, MOTHER))));
    }

    Map<String, Object> aDossier(String childName) {
        return SampleDossiers.threeInOne("000.26.45.H26", HOUSEHOLD, MOTHER, childName, today().minusDays(5));
    }

    /** Today for the service under test, whose clock a test may move. */
    LocalDate today() {
        return clock.today();
    }

    /** An agency's event, sent as its outbox would; returns its message ID. */
    UUID reply(Topic topic, Message event) {
        return commands.send(topic.name(), event);
    }

    /** The same event again under the same message ID: a redelivery. */
    UUID reply(Topic topic, Message event, UUID messageId) {
        return commands.send(topic.name(), event, messageId);
    }

    // ---- intake

    @Test
    void receivesADossierWithItsCodeAndAppointment() {
        Response answer = submit(aDossier("Nguyễn Thị An"), null);

        assertThat(answer.status()).isEqualTo(201);
        String code = (String) answer.map().get("dossierCode");
        assertThat(code).matches("000\\.26\\.45\\.H26-\\d{6}-\\d{4}");
        assertThat(code.substring(14, 20)).isEqualTo(today().format(DateTimeFormatter.ofPattern("yyMMdd")));
        assertThat(answer.map()).containsKeys("receivedAt", "dueDate", "dueDateProvisional", "steps")
                .containsEntry("householdCheck", "PASSED");
        assertThat((List<?>) answer.map().get("steps")).hasSize(4);
        assertThat(answer.location()).isEqualTo("/api/v1/dossiers/" + code);
    }

    @Test
    void reportsEveryMissingOrMalformedFieldInOneProblem() {
        Map<String, Object> dossier = aDossier("Nguyễn Thị An");
        part(dossier, "child").put("sex", "GIRL");
        part(dossier, "child").remove("dateOfBirth");
        part(dossier, "mother").put("personalIdNumber", "12345");
        part(dossier, "delivery").remove("address");
        dossier.remove("residence");
        part(dossier, "declarant").put("relationship", "NEIGHBOUR");

        Response answer = submit(dossier, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) answer.map().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("child.sex", "child.dateOfBirth",
                "mother.personalIdNumber", "delivery.address", "residence", "declarant.relationship");
        assertThat(answer.map().toString()).doesNotContain("12345");
    }

    @Test
    void refusesDomainRulesWithStableTypesAndStoresNothing() {
        long before = dossiers();
        Map<String, Object> future = aDossier("Nguyễn Văn Tương Lai");
        part(future, "child").put("dateOfBirth", today().plusDays(1).toString());
        Map<String, Object> tooOld = aDossier("Nguyễn Văn Lớn");
        part(tooOld, "child").put("dateOfBirth", today().minusYears(6).toString());
        Map<String, Object> unknownUnit = aDossier("Nguyễn Văn Xa");
        unknownUnit.put("unitCode", "999.99.99.H99");
        Map<String, Object> noBirth = aDossier("Nguyễn Văn Thiếu");
        noBirth.put("procedures", List.of("PERMANENT_RESIDENCE", "HEALTH_INSURANCE_CARD"));

        assertThat(submit(future, null).problemType()).isEqualTo("birth-date-in-the-future");
        assertThat(submit(tooOld, null).problemType()).isEqualTo("child-too-old-for-health-insurance");
        assertThat(submit(unknownUnit, null).problemType()).isEqualTo("unknown-unit");
        assertThat(submit(noBirth, null).problemType()).isEqualTo("birth-registration-required");
        assertThat(dossiers()).isEqualTo(before);
    }

    // ---- the boundary (issue 13): refused here, before the household register or the database sees it

    @Test
    void refusesAControlCharacterInTheHouseholdNumberItselfWithoutAskingTheRegister() {
        long before = dossiers();
        Map<String, Object> dossier = aDossier("Nguyễn Thị Ánh");
        part(dossier, "residence").put("householdNumber", "HN-000\u0000123");

        Response answer = submit(dossier, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("validation-failed");
        assertThat(answer.errorFields()).contains("residence.householdNumber");
        assertThat(answer.text()).doesNotContain("HN-000");
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks")))).isEmpty();
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void refusesControlCharactersAndBidiOverridesInEveryTextField() {
        long before = dossiers();
        Map<String, Object> dossier = aDossier("Nguyễn Thị \u202EÁnh");
        part(dossier, "child").put("placeOfBirth", "Bệnh viện\r\nX-Injected: 1");
        part(dossier, "child").put("ethnicity", "Kinh\u2066");
        part(dossier, "mother").put("fullName", "Trần Thị\u0007 Bình");
        part(dossier, "delivery").put("address", "Số 12\u0000 ngõ 5");
        part(dossier, "delivery").put("recipientName", "Trần Thị Bình\u202A");

        Response answer = submit(dossier, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).contains("child.fullName", "child.placeOfBirth", "child.ethnicity",
                "mother.fullName", "delivery.address", "delivery.recipientName");
        assertThat(answer.text()).doesNotContain("X-Injected", "Bệnh viện", "Số 12");
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aRefusalOfTheHouseholdRegisterIsAClearProblemNeverA500() {
        long before = dossiers();
        residence.stubFor(membershipCheck().willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:lienthong:problem:conflict\",\"status\":409}")));

        Response refused = submit(aDossier("Nguyễn Thị Ánh"), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("household-number-refused");

        residence.stubFor(membershipCheck().willReturn(aResponse().withStatus(404)));
        Response unusable = submit(aDossier("Nguyễn Thị Ánh"), null);

        assertThat(unusable.status()).isEqualTo(503);
        assertThat(unusable.problemType()).isEqualTo("residence-unavailable");
        assertThat(unusable.header("Retry-After")).isNotBlank();
        assertThat(unusable.contentType()).startsWith("application/problem+json");

        residence.stubFor(membershipCheck().willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>not json</html>")));
        assertThat(submit(aDossier("Nguyễn Thị Ánh"), null).status()).isEqualTo(503);
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void refusesDatesOfBirthBefore1900AndParentsBornAfterToday() {
        long before = dossiers();
        Map<String, Object> dossier = aDossier("Nguyễn Thị Ánh");
        part(dossier, "mother").put("dateOfBirth", "9999-12-31");
        dossier.put("father", new java.util.LinkedHashMap<>(Map.of("fullName", "Đặng Văn Hùng",
                "personalIdNumber", "001092012345", "dateOfBirth", "0000-01-01")));
        part(dossier, "child").put("dateOfBirth", "1899-12-31");

        Response answer = submit(dossier, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("mother.dateOfBirth", "father.dateOfBirth",
                "child.dateOfBirth");
        assertThat(answer.text()).doesNotContain("9999", "0000-01-01", "1899");

        Map<String, Object> motherTomorrow = aDossier("Nguyễn Thị Ánh");
        part(motherTomorrow, "mother").put("dateOfBirth", today().plusDays(1).toString());
        assertThat(submit(motherTomorrow, null).errorFields()).containsExactly("mother.dateOfBirth");
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void acceptsVietnameseNamesInAnyNormalisationFormAndRefusesDigitsAndSymbols() {
        Map<String, Object> vietnamese = aDossier("Nguyễn Thị Ánh");
        part(vietnamese, "mother").put("fullName", Normalizer.normalize("Đặng Thị Hồng-Nhung", Normalizer.Form.NFD));
        part(vietnamese, "declarant").put("fullName", "H'Hen Niê");
        assertThat(submit(vietnamese, null).status()).isEqualTo(201);

        long before = dossiers();
        Map<String, Object> odd = aDossier("Nguyễn Thị An 1");
        part(odd, "mother").put("fullName", "<script>alert(1)</script>");
        part(odd, "declarant").put("fullName", "Trần_Thị@Bình");

        Response answer = submit(odd, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("child.fullName", "mother.fullName",
                "declarant.fullName");
        assertThat(answer.text()).doesNotContain("<script>", "Nguyễn Thị An");
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aChildOfSixIsStillRegisteredWhenNoCardIsAsked() {
        Map<String, Object> dossier = aDossier("Nguyễn Văn Sáu");
        part(dossier, "child").put("dateOfBirth", today().minusYears(6).toString());
        dossier.put("procedures", List.of("BIRTH_REGISTRATION", "PERMANENT_RESIDENCE"));
        assertThat(submit(dossier, null).status()).isEqualTo(201);
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameDossierAndADifferentBodyAConflict() {
        String key = UUID.randomUUID().toString();
        Response first = submit(aDossier("Nguyễn Thị Một"), key);
        Response again = submit(aDossier("Nguyễn Thị Một"), key);
        Response different = submit(aDossier("Nguyễn Thị Hai"), key);

        assertThat(again.map().get("dossierCode")).isEqualTo(first.map().get("dossierCode"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.problemType()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void refusesABlankOverLongOrUnprintableIdempotencyKeyNamingTheHeaderAndStoresNothing() {
        long dossiersBefore = dossiers();
        long keysBefore = idempotencyKeys();

        for (String key : List.of("", "k".repeat(201), "key\twith-a-tab")) {
            Response answer = submit(aDossier("Nguyễn Thị Khóa"), key);

            assertThat(answer.status()).as("key of %d characters", key.length()).isEqualTo(400);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors = (List<Map<String, String>>) answer.map().get("errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactly("Idempotency-Key");
        }
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(idempotencyKeys()).isEqualTo(keysBefore);
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks")))).isEmpty();
        assertThat(submit(aDossier("Nguyễn Thị Khóa"), "k".repeat(164) + UUID.randomUUID())
                .status()).as("a key of 200 characters").isEqualTo(201);
    }

    // ---- where the results go (DESIGN.md rule 9: the postage zone is the destination's province)

    @Test
    void theDeliveryAddressGivenInPartsReachesTheDispatchOfResults() {
        Map<String, Object> dossier = aDossier("Lê Thị Xa");
        dossier.put("procedures", List.of("BIRTH_REGISTRATION"));
        part(dossier, "delivery").putAll(Map.of("address", "Số 3 Trần Phú, Phường Nha Trang, Khánh Hòa",
                "provinceCode", "056", "commune", "Phường Nha Trang", "street", "Số 3 Trần Phú"));

        DispatchResults dispatch = dispatchOf(code(submit(dossier, null)), null);

        assertThat(dispatch.provinceCode()).as("the receiving unit's province").isEqualTo("001");
        assertThat(dispatch.address()).isEqualTo("Số 3 Trần Phú, Phường Nha Trang, Khánh Hòa");
        assertThat(dispatch.destinationProvinceCode()).isEqualTo("056");
        assertThat(dispatch.destinationCommune()).isEqualTo("Phường Nha Trang");
        assertThat(dispatch.destinationStreet()).isEqualTo("Số 3 Trần Phú");
    }

    @Test
    void withoutADestinationProvinceTheResultsGoToTheHouseholdsProvinceAsTheDeskCheckFoundIt() {
        residence.stubFor(membershipCheck().willReturn(okJson("""
                {"householdNumber":"%s","householdExists":true,"provinceCode":"056","commune":"Phường Nha Trang",
                 "memberPersonalIdNumbers":["%s"]}""".formatted(HOUSEHOLD, MOTHER))));
        Map<String, Object> dossier = aDossier("Lê Thị Về Quê");
        dossier.put("procedures", List.of("BIRTH_REGISTRATION", "PERMANENT_RESIDENCE"));

        DispatchResults dispatch = dispatchOf(code(submit(dossier, null)), "refused");

        assertThat(dispatch.provinceCode()).isEqualTo("001");
        assertThat(dispatch.destinationProvinceCode()).isEqualTo("056");
    }

    @Test
    void withoutADestinationOrAHouseholdTheResultsGoWithinTheReceivingUnitsProvince() {
        Map<String, Object> dossier = aDossier("Lê Thị Gần");
        dossier.put("procedures", List.of("BIRTH_REGISTRATION"));

        assertThat(dispatchOf(code(submit(dossier, null)), null).destinationProvinceCode()).isEqualTo("001");
    }

    // ---- rule 10: names stored in NFC, whatever form and spacing they were typed in

    @Test
    void storesNamesTypedInNfdWithStraySpacesInNfc() {
        Map<String, Object> dossier = aDossier(Normalizer.normalize(" Lê  Thị   Hoa ",
                Normalizer.Form.NFD));
        dossier.put("procedures", List.of("BIRTH_REGISTRATION"));
        part(dossier, "delivery").put("recipientName", Normalizer.normalize("Trần  Thị Bình",
                Normalizer.Form.NFD));

        String code = code(submit(dossier, null));

        RegisterBirth birth = agencies.await(RegisterBirth.class, c -> c.dossierCode().equals(code));
        assertThat(birth.child().fullName()).isEqualTo(Normalizer.normalize("Lê Thị Hoa",
                Normalizer.Form.NFC));
        DispatchResults dispatch = dispatchOf(code, null);
        assertThat(dispatch.recipientName()).isEqualTo(Normalizer.normalize("Trần Thị Bình",
                Normalizer.Form.NFC));
    }

    @Test
    void asksTheHouseholdRegisterWithItsOwnClientCredentialsTokenNotTheOfficers() {
        assertThat(submit(aDossier("Nguyễn Thị Khách"), null).status()).isEqualTo(201);

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> checks = residence.findAll(
                postRequestedFor(urlEqualTo("/api/v1/household-membership-checks")));
        assertThat(checks).isNotEmpty();
        String bearer = checks.getLast().getHeader("Authorization");
        assertThat(bearer).startsWith("Bearer ").isNotEqualTo("Bearer " + TestIdentityProvider.token(DESK));
        Map<String, Object> claims = Jwts.claims(bearer.substring("Bearer ".length()));
        assertThat(claims).containsEntry("azp", "dossier-orchestrator")
                .containsEntry("sub", "dossier-orchestrator")
                .containsEntry("roles", List.of("SERVICE"))
                .doesNotContainKeys("unit", "province");
    }

    @Test
    void refusesAtTheDeskWhenTheHouseholdDoesNotExistOrHoldsNoParent() {
        residence.stubFor(membershipCheck().willReturn(okJson("""
                {"householdNumber":"%s","householdExists":false,"memberPersonalIdNumbers":[]}""".formatted(HOUSEHOLD))));
        assertThat(submit(aDossier("Nguyễn Thị Ba"), null).problemType()).isEqualTo("household-not-found");

        residence.stubFor(membershipCheck().willReturn(okJson("""
                {"householdNumber":"%s","householdExists":true,"provinceCode":"001","commune":"Phường Đức Giang",
                 "memberPersonalIdNumbers":[]}""".formatted(HOUSEHOLD))));
        Response notMember = submit(aDossier("Nguyễn Thị Ba"), null);
        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.problemType()).isEqualTo("not-a-household-member");
    }

    @Test
    void keepsReceivingWhenTheHouseholdRegisterIsDownAndSaysSo() {
        residence.stubFor(membershipCheck().willReturn(aResponse().withStatus(503)));
        String key = UUID.randomUUID().toString();
        Response answer = submit(aDossier("Nguyễn Thị Bốn"), key);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.map()).containsEntry("householdCheck", "DEFERRED");
        assertThat((String) answer.map().get("note")).contains("residence step will check");
        // Asked again with the same key, the desk tells the same story, even though the register is back.
        householdFound();
        assertThat(submit(aDossier("Nguyễn Thị Bốn"), key).map()).containsEntry("householdCheck", "DEFERRED")
                .containsEntry("dossierCode", answer.map().get("dossierCode"));
    }

    @Test
    void keepsReceivingWhenTheHouseholdRegisterRefusesTheServiceToken() {
        residence.stubFor(membershipCheck().willReturn(aResponse().withStatus(401)));
        Response answer = submit(aDossier("Nguyễn Thị Năm"), null);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.map()).containsEntry("householdCheck", "DEFERRED");
    }

    @Test
    void numbersConcurrentDossiersOfAUnitWithoutGapsOrDuplicates() throws Exception {
        String unit = "000.12.34.H34";
        int count = 16;
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Names are letters only (issue 13): tell the children apart by a letter, not a number.
            Map<String, Object> dossier = aDossier("Nguyễn Thị Đồng Thời " + (char) ('A' + i));
            dossier.put("unitCode", unit);
            submissions.add(() -> (String) submit(dossier, null).map().get("dossierCode"));
        }
        Set<Integer> numbers = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<String> code : pool.invokeAll(submissions)) {
                numbers.add(Integer.parseInt(code.get().substring(code.get().length() - 4)));
            }
        }
        int first = numbers.stream().min(Integer::compare).orElseThrow();
        assertThat(numbers).hasSize(count);
        assertThat(numbers.stream().max(Integer::compare).orElseThrow()).isEqualTo(first + count - 1);
    }

    // ---- the saga over the broker

    @Test
    void runsTheThreeProceduresAndReturnsAllResultsTogether() {
        String code = code(submit(aDossier("Lê Thị Hoa"), null));
        RegisterBirth birth = agencies.await(RegisterBirth.class, c -> c.dossierCode().equals(code));
        UUID id = birth.dossierId();
        assertThat(birth.child().fullName()).isEqualTo("Lê Thị Hoa");

        UUID birthMessage = reply(Topic.CIVIL_REGISTRY_EVENTS, new BirthRegistered(id, UUID.randomUUID(),
                "001325000777", "Số 7, quyển số 2026", today(), false, BigDecimal.ZERO, "001", birth.child()));
        RegisterResidence residenceCommand = agencies.await(RegisterResidence.class, c -> c.dossierId().equals(id));
        assertThat(residenceCommand.childPersonalIdNumber()).isEqualTo("001325000777");

        reply(Topic.RESIDENCE_EVENTS, new ResidenceRegistered(id, HOUSEHOLD, "Số 12, Phường Đức Giang",
                "001", "Phường Đức Giang", today()));
        IssueHealthInsuranceCard card = agencies.await(IssueHealthInsuranceCard.class, c -> c.dossierId().equals(id));
        assertThat(card.commune()).isEqualTo("Phường Đức Giang");

        reply(Topic.HEALTH_INSURANCE_EVENTS, new HealthInsuranceCardIssued(id, "001325000777", "TE1",
                birth.child().dateOfBirth(), LocalDate.parse("2032-09-30"), "01001"));
        DispatchResults dispatch = agencies.await(DispatchResults.class, c -> c.dossierId().equals(id));
        assertThat(dispatch.documents()).hasSize(3);
        assertThat(view(code)).containsEntry("status", "RETURNING_RESULTS");

        reply(Topic.DELIVERY_EVENTS, new ResultsDispatched(id, "RR123456785VN", DeliveryMethod.POST,
                new BigDecimal("25000"), null));
        reply(Topic.DELIVERY_EVENTS, new ResultsDelivered(id, "RR123456785VN", clock.instant()));
        await().atMost(Duration.ofSeconds(15)).until(() -> "COMPLETED".equals(view(code).get("status")));

        Map<String, Object> done = view(code);
        assertThat(done.get("timeliness")).isIn("EARLY", "ON_TIME");
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) done.get("results");
        assertThat(results).containsEntry("personalIdNumber", "001325000777")
                .containsEntry("birthCertificateNumber", "Số 7, quyển số 2026")
                .containsEntry("householdNumber", HOUSEHOLD);
        assertThat(part(results, "healthInsuranceCard")).containsEntry("benefitCode", "TE1");
        assertThat(part(results, "shipment")).containsEntry("trackingNumber", "RR123456785VN")
                .containsEntry("status", "DELIVERED");

        // The same event again, under its own message ID (inbox) or a new one (saga), changes nothing.
        reply(Topic.CIVIL_REGISTRY_EVENTS, new BirthRegistered(id, UUID.randomUUID(), "001325000777",
                "Số 7, quyển số 2026", today(), false, BigDecimal.ZERO, "001", birth.child()), birthMessage);
        reply(Topic.CIVIL_REGISTRY_EVENTS, new BirthRegistered(id, UUID.randomUUID(), "001325000777",
                "Số 7, quyển số 2026", today(), false, BigDecimal.ZERO, "001", birth.child()));
        await().atMost(Duration.ofSeconds(15)).until(() -> timeline(code).stream()
                .anyMatch(line -> String.valueOf(line.get("what")).startsWith("ignored")));
        assertThat(view(code)).isEqualTo(done);
        assertThat(agencies.count(RegisterResidence.class, id)).isEqualTo(1);
        assertThat(timeline(code)).extracting(line -> line.get("what")).contains("dossier received", "started",
                "done", "results dispatched (POST)", "results delivered", "status COMPLETED");
        // Each line names the message that caused it and the messages it sent.
        assertThat(timeline(code)).anySatisfy(line -> {
            assertThat(line).containsEntry("procedure", "PERMANENT_RESIDENCE").containsEntry("what", "started")
                    .containsEntry("causedBy", "BirthRegistered")
                    .containsEntry("messageId", birthMessage.toString());
            assertThat((String) line.get("sent")).startsWith("RegisterResidence ");
        });
    }

    @Test
    void theCitizensTrackingViewRevealsNoPersonalData() {
        String code = code(submit(aDossier("Phạm Thị Riêng"), null));
        // Public: the citizen has no token.
        String tracking = http.anonymous().get("/api/v1/tracking/" + code).text();
        assertThat(tracking).contains(code).contains("dueDate")
                .doesNotContain("Phạm Thị Riêng", "Trần Thị Bình", MOTHER, HOUSEHOLD, "Đức Giang", "0912345678",
                        today().minusDays(5).toString());
    }

    @Test
    void anUnansweredSupplementRequestRefusesTheStepAndTheOtherResultsStillGoOut() {
        String code = code(submit(aDossier("Hoàng Thị Chờ"), null));
        RegisterBirth birth = agencies.await(RegisterBirth.class, c -> c.dossierCode().equals(code));
        UUID id = birth.dossierId();
        reply(Topic.CIVIL_REGISTRY_EVENTS, new BirthRegistered(id, UUID.randomUUID(), "001325000888",
                "Số 8, quyển số 2026", today(), false, BigDecimal.ZERO, "001", birth.child()));
        agencies.await(RegisterResidence.class, c -> c.dossierId().equals(id));
        reply(Topic.RESIDENCE_EVENTS, new ResidenceSupplementRequested(id, List.of("marriage certificate"),
                "needed to prove the relationship"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "AWAITING_SUPPLEMENT".equals(view(code).get("status")));
        LocalDate lastDay = LocalDate.parse((String) step(view(code), "PERMANENT_RESIDENCE").get("supplementDue"));
        assertThat(lastDay).isAfter(today());
        assertThat(agencies.count(CancelResidenceApplication.class, id)).isZero();

        // The last day of the deadline (7 working days) ends without an answer.
        clock.advance(Duration.between(clock.instant(),
                lastDay.plusDays(1).atStartOfDay(TestClock.VIETNAM).toInstant().plusSeconds(60)));
        CancelResidenceApplication cancel = agencies.await(CancelResidenceApplication.class,
                c -> c.dossierId().equals(id));
        assertThat(cancel.reason()).contains("not provided");
        IssueHealthInsuranceCard card = agencies.await(IssueHealthInsuranceCard.class, c -> c.dossierId().equals(id));
        assertThat(card.provinceCode()).isEqualTo("001");
        Map<String, Object> step = step(view(code), "PERMANENT_RESIDENCE");
        assertThat(step).containsEntry("status", "REFUSED");
        assertThat(part(step, "reason")).containsEntry("code", "SUPPLEMENT_NOT_PROVIDED");
    }

    @Test
    void apologisesWithANewAppointmentBeforeTheDueDatePasses() {
        String code = code(submit(aDossier("Đỗ Thị Muộn"), null));
        DossierDelayApologised apology = dossierEvents.await(DossierDelayApologised.class,
                a -> a.dossierCode().equals(code));
        assertThat(apology.newAppointmentDate()).isAfter(apology.originalDueDate());
        assertThat(view(code)).containsEntry("newAppointmentDate", apology.newAppointmentDate().toString());
    }

    @Test
    void withdrawalCancelsTheRunningStepAndRefusesASecondWithdrawal() {
        String code = code(submit(aDossier("Vũ Thị Rút"), null));
        RegisterBirth birth = agencies.await(RegisterBirth.class, c -> c.dossierCode().equals(code));

        Response withdrawn = post("/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "family moved"), null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.map()).containsEntry("status", "WITHDRAWN");
        agencies.await(CancelBirthRegistration.class,
                c -> c.dossierId().equals(birth.dossierId()));

        Response again = post("/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "again"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("dossier-closed");
        assertThat(post("/api/v1/dossiers/000.26.45.H26-990101-0001/withdrawal", Map.of("reason", "x"), null)
                .status()).isEqualTo(404);
    }

    @Test
    void aSupplementNobodyAskedForIsAConflict() {
        String code = code(submit(aDossier("Bùi Thị Sớm"), null));
        Response answer = post("/api/v1/dossiers/" + code + "/supplements",
                Map.of("procedure", "PERMANENT_RESIDENCE", "note", "here it is"), null);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("no-supplement-requested");
    }

    // ---- helpers

    /** The desk officer of the unit the fixtures use (Đức Giang). */
    static final String DESK = "desk.000.26.45.h26";
    static final String DUC_GIANG = "000.26.45.H26";
    static final Set<String> DEMO_UNITS = Set.of(DUC_GIANG, "000.20.45.H26", "000.10.34.H34", "000.12.34.H34");

    /** A desk officer of the unit (of Đức Giang when the unit is none of the demo units). */
    ServiceHttp deskOf(@Nullable Object unitCode) {
        return http.asDeskOf(DEMO_UNITS.contains(String.valueOf(unitCode)) ? (String) unitCode : DUC_GIANG);
    }

    Response submit(Map<String, Object> dossier, @Nullable String idempotencyKey) {
        return post("/api/v1/dossiers", dossier, idempotencyKey);
    }

    /** As a desk officer of the body's unit, if it names one, else of Đức Giang. */
    Response post(String path, Object body, @Nullable String idempotencyKey) {
        ServiceHttp desk = deskOf(body instanceof Map<?, ?> map ? map.get("unitCode") : null);
        return (idempotencyKey == null ? desk : desk.idempotencyKey(idempotencyKey)).post(path, body);
    }

    Map<String, Object> view(String code) {
        return deskOf(DUC_GIANG).get("/api/v1/dossiers/" + code).map();
    }

    List<Map<String, Object>> timeline(String code) {
        return deskOf(DUC_GIANG).get("/api/v1/dossiers/" + code + "/timeline").list();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> step(Map<String, Object> view, String procedure) {
        return ((List<Map<String, Object>>) view.get("steps")).stream()
                .filter(s -> procedure.equals(s.get("procedure"))).findFirst().orElseThrow();
    }

    static String code(Response answer) {
        assertThat(answer.status()).as("submission answered %s", answer.map()).isEqualTo(201);
        return (String) answer.map().get("dossierCode");
    }

    long idempotencyKeys() {
        return jdbc.sql("select count(*) from intake_request").query(Long.class).single();
    }

    /**
     * The dossier's {@code DispatchResults}, once the birth is registered and, when {@code residence} is
     * "refused", the residence step refused (no other step may be requested then).
     */
    DispatchResults dispatchOf(String code, @Nullable String residence) {
        RegisterBirth birth = agencies.await(RegisterBirth.class, c -> c.dossierCode().equals(code));
        UUID id = birth.dossierId();
        reply(Topic.CIVIL_REGISTRY_EVENTS, new BirthRegistered(id, UUID.randomUUID(), "001325000999",
                "Số 9, quyển số 2026", today(), false, BigDecimal.ZERO, "001", birth.child()));
        if ("refused".equals(residence)) {
            agencies.await(RegisterResidence.class, c -> c.dossierId().equals(id));
            reply(Topic.RESIDENCE_EVENTS, new ResidenceRefused(id,
                    new Refusal("NOT_A_MEMBER", "not a member of the household")));
        }
        return agencies.await(DispatchResults.class, c -> c.dossierId().equals(id));
    }

    long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }
}
