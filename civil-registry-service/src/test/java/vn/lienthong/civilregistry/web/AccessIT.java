package vn.lienthong.civilregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.Commands.aMothersId;
import static vn.lienthong.civilregistry.Commands.registerBirth;
import static vn.lienthong.civilregistry.Commands.today;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.civilregistry.Http;
import vn.lienthong.contracts.civilregistry.BirthRegistered;

/**
 * Who may do what (DESIGN.md §6): births are the one-stop desk's of the registration's unit. Another unit's
 * registration answers 404 as if it did not exist, another unit's books 403, a wrong role 403, no token 401, and a
 * refused registration stores nothing and asks the population registry for nothing. The registry itself is called
 * with this service's own client-credentials token, never the officer's.
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
        String child = "Vũ Thị Lan " + UUID.randomUUID().toString().substring(0, 4);
        String body = request(DUC_GIANG, child, mother);

        List<Http.Answer> refused = List.of(
                desk(HOAN_KIEM).post(PATH, body),
                desk(NHA_TRANG).post(PATH, body, "Idempotency-Key", UUID.randomUUID().toString()),
                Http.person(port, "police.000.26.45.h26").post(PATH, body),
                Http.person(port, CITIZEN).post(PATH, body),
                Http.client(port, "dossier-orchestrator").post(PATH, body));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(callsFor(child)).as("no personal ID number asked for").isEmpty();

        var registered = desk(DUC_GIANG).post(PATH, body);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registrationsOfMother(mother)).isEqualTo(1);
    }

    @Test
    void withoutATokenNothingIsAnsweredAndNothingStored() {
        String mother = aMothersId();
        String child = "Vũ Văn Khoa " + UUID.randomUUID().toString().substring(0, 4);
        var anonymous = Http.anonymous(port);

        List<Http.Answer> answers = List.of(
                anonymous.post(PATH, request(DUC_GIANG, child, mother)),
                anonymous.get(PATH + "/" + UUID.randomUUID()),
                anonymous.get(PATH + "?unitCode=" + DUC_GIANG + "&certificateNumber=1/2025"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.object()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(registrationsOfMother(mother)).isZero();
        assertThat(callsFor(child)).isEmpty();
    }

    @Test
    void anotherUnitsRegistrationIsNotFoundAndItsBooksAreForbidden() {
        var extract = desk(DUC_GIANG).post(PATH, request(DUC_GIANG, "Vũ Minh Quân", aMothersId())).object();
        String id = (String) extract.get("registrationId");
        String byCertificate = PATH + "?unitCode=" + DUC_GIANG + "&certificateNumber="
                + URLEncoder.encode((String) extract.get("certificateNumber"), StandardCharsets.UTF_8);

        var otherDesk = desk(HOAN_KIEM).get(PATH + "/" + id);
        var unknown = desk(HOAN_KIEM).get(PATH + "/" + UUID.randomUUID());
        var otherBooks = desk(HOAN_KIEM).get(byCertificate);

        assertThat(otherDesk.status()).isEqualTo(404);
        assertThat(problem(otherDesk)).isEqualTo(problem(unknown));
        assertThat(otherBooks.status()).isEqualTo(403);
        assertThat(otherBooks.object()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(desk(DUC_GIANG).get(PATH + "/" + id).object()).isEqualTo(extract);
        assertThat(desk(DUC_GIANG).get(byCertificate).list()).containsExactly(extract);
        for (Http wrongRole : List.of(Http.person(port, "police.000.26.45.h26"), Http.person(port, CITIZEN),
                Http.person(port, "bhxh.001"))) {
            assertThat(wrongRole.get(PATH + "/" + id).status()).isEqualTo(403);
            assertThat(wrongRole.get(byCertificate).status()).isEqualTo(403);
        }
    }

    @Test
    void aRegistrationAtTheDeskCallsThePopulationRegistryWithTheServicesOwnClientCredentialsToken() {
        String child = "Vũ Hoài Nam " + UUID.randomUUID().toString().substring(0, 4);

        var registered = desk(DUC_GIANG).post(PATH, request(DUC_GIANG, child, aMothersId()));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(callsFor(child)).isNotEmpty().allSatisfy(AccessIT.this::carriesTheServicesOwnToken);
    }

    @Test
    void aLinkedDossiersBirthIsRegisteredInTheBackgroundWithTheServicesOwnToken() {
        UUID dossier = UUID.randomUUID();

        send(registerBirth(dossier, "Vũ Thị Mai", today().minusDays(1), aMothersId()));

        awaitReply(dossier, BirthRegistered.class);
        assertThat(callsWithKey("birth:" + dossier)).hasSize(1).allSatisfy(this::carriesTheServicesOwnToken);
    }

    /** A bearer token the issuer signed (checked with the service's own decoder), for the client, not a person. */
    private void carriesTheServicesOwnToken(ServeEvent call) {
        String authorization = call.getRequest().getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        Jwt token = tokens.decode(authorization.substring("Bearer ".length()));
        assertThat(token.getClaimAsString("azp")).isEqualTo("civil-registry-service");
        assertThat(token.getSubject()).isEqualTo("civil-registry-service");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(token.getClaims()).doesNotContainKeys("unit", "province");
    }

    private static List<ServeEvent> callsFor(String childName) {
        return registry.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains(childName))
                .toList();
    }

    private long registrationsOfMother(String mother) {
        return jdbc.sql("select count(*) from birth_registration where declaration -> 'mother' ->> 'personalIdNumber' = ?")
                .param(mother).query(Long.class).single();
    }

    /** A problem as the caller sees it, without {@code instance} (the path asked for). */
    private static Map<String, Object> problem(Http.Answer answer) {
        var problem = new HashMap<String, Object>(answer.object());
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
