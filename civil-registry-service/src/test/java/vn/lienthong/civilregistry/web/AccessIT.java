package vn.lienthong.civilregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.Births.aMothersId;
import static vn.lienthong.civilregistry.Births.registerBirth;
import static vn.lienthong.civilregistry.Births.today;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.lienthong.civilregistry.Births;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.testsupport.ServiceHttp;

/**
 * Who may do what: births are the one-stop desk's of the registration's unit. Another unit's registration answers
 * 404 as if it did not exist, another unit's books 403, a wrong role 403, no token 401, and a refused registration
 * stores nothing and asks the population registry for nothing. The registry itself is called with this service's
 * own client-credentials token, never the officer's.
 */
class AccessIT extends CivilRegistryIntegrationTest {

    private static final String PATH = "/api/v1/birth-registrations";
    private static final String DUC_GIANG = "000.26.45.H26";
    private static final String HOAN_KIEM = "000.20.45.H26";
    private static final String NHA_TRANG = "000.10.34.H34";
    /** A member of a demo household of Đức Giang, who signs in as a citizen. */
    private static final String CITIZEN = "001195003917";

    @Autowired JwtDecoder tokens;

    @Test
    void aDeskOfficerRegistersABirthOnlyAtTheirOwnUnitAndARefusalStoresNothingAndAllocatesNothing() {
        String mother = aMothersId();
        String child = "Vũ Thị Lan " + Births.aNameTag();
        String body = request(DUC_GIANG, child, mother);

        List<ServiceHttp.Response> refused = List.of(
                http.asDeskOf(HOAN_KIEM).post(PATH, body),
                http.asDeskOf(NHA_TRANG).idempotencyKey(UUID.randomUUID().toString()).post(PATH, body),
                http.as("police.000.26.45.h26").post(PATH, body),
                http.as(CITIZEN).post(PATH, body),
                http.asClient("dossier-orchestrator").post(PATH, body));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(callsFor(child)).as("no personal ID number asked for").isEmpty();

        var registered = http.asDeskOf(DUC_GIANG).post(PATH, body);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registrationsOfMother(mother)).isEqualTo(1);
    }

    @Test
    void withoutATokenNothingIsAnsweredAndNothingStored() {
        String mother = aMothersId();
        String child = "Vũ Văn Khoa " + Births.aNameTag();
        var anonymous = http.anonymous();

        List<ServiceHttp.Response> answers = List.of(
                anonymous.post(PATH, request(DUC_GIANG, child, mother)),
                anonymous.get(PATH + "/" + UUID.randomUUID()),
                anonymous.get(PATH + "?unitCode=" + DUC_GIANG + "&certificateNumber=1/2025"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(callsFor(child)).isEmpty();
    }

    @Test
    void anotherUnitsRegistrationIsNotFoundAndItsBooksAreForbidden() {
        var extract = http.asDeskOf(DUC_GIANG).post(PATH, request(DUC_GIANG, "Vũ Minh Quân", aMothersId())).map();
        String id = (String) extract.get("registrationId");
        String byCertificate = PATH + "?unitCode=" + DUC_GIANG + "&certificateNumber="
                + URLEncoder.encode((String) extract.get("certificateNumber"), StandardCharsets.UTF_8);

        var otherDesk = http.asDeskOf(HOAN_KIEM).get(PATH + "/" + id);
        var unknown = http.asDeskOf(HOAN_KIEM).get(PATH + "/" + UUID.randomUUID());
        var otherBooks = http.asDeskOf(HOAN_KIEM).get(byCertificate);

        assertThat(otherDesk.status()).isEqualTo(404);
        assertThat(problem(otherDesk)).isEqualTo(problem(unknown));
        assertThat(otherBooks.status()).isEqualTo(403);
        assertThat(otherBooks.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(http.asDeskOf(DUC_GIANG).get(PATH + "/" + id).map()).isEqualTo(extract);
        assertThat(http.asDeskOf(DUC_GIANG).get(byCertificate).list()).containsExactly(extract);
        for (ServiceHttp wrongRole : List.of(http.as("police.000.26.45.h26"), http.as(CITIZEN),
                http.as("bhxh.001"))) {
            assertThat(wrongRole.get(PATH + "/" + id).status()).isEqualTo(403);
            assertThat(wrongRole.get(byCertificate).status()).isEqualTo(403);
        }
    }

    @Test
    void aRegistrationAtTheDeskCallsThePopulationRegistryWithTheServicesOwnClientCredentialsToken() {
        String child = "Vũ Hoài Nam " + Births.aNameTag();

        var registered = http.asDeskOf(DUC_GIANG).post(PATH, request(DUC_GIANG, child, aMothersId()));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(callsFor(child)).isNotEmpty().allSatisfy(AccessIT.this::carriesTheServicesOwnToken);
    }

    @Test
    void aLinkedDossiersBirthIsRegisteredInTheBackgroundWithTheServicesOwnToken() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "Vũ Thị Mai", today().minusDays(1), aMothersId()));

        events.awaitMessage(dossier, 1, BirthRegistered.class);
        assertThat(callsWithKey("birth:" + dossier)).hasSize(1).allSatisfy(this::carriesTheServicesOwnToken);
    }

    /** A bearer token the issuer signed (checked with the service's own decoder), for the client, not a person. */
    private void carriesTheServicesOwnToken(LoggedRequest call) {
        String authorization = call.getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        Jwt token = tokens.decode(authorization.substring("Bearer ".length()));
        assertThat(token.getClaimAsString("azp")).isEqualTo("civil-registry-service");
        assertThat(token.getSubject()).isEqualTo("civil-registry-service");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(token.getClaims()).doesNotContainKeys("unit", "province");
    }

    private static List<LoggedRequest> callsFor(String childName) {
        return registry.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> request.getBodyAsString().contains(childName))
                .toList();
    }

    private long registrationsOfMother(String mother) {
        return jdbc.sql("select count(*) from birth_registration where declaration -> 'mother' ->> 'personalIdNumber' = ?")
                .param(mother).query(Long.class).single();
    }

    /** A problem as the caller sees it, without {@code instance} (the path asked for). */
    private static Map<String, Object> problem(ServiceHttp.Response answer) {
        var problem = new HashMap<String, Object>(answer.map());
        problem.remove("instance");
        return problem;
    }

    private static String request(String unitCode, String childName, String mothersId) {
        LocalDate born = today().minusDays(3);
        return """
                {"unitCode":"%s",
                 "child":{"fullName":"%s","sex":"MALE","dateOfBirth":"%s","placeOfBirth":"Trạm y tế","ethnicity":"Kinh","nationality":"VN"},
                 "mother":{"fullName":"Vũ Thị Hằng","personalIdNumber":"%s","dateOfBirth":"1993-04-02"}}"""
                .formatted(unitCode, childName, born, mothersId);
    }
}
