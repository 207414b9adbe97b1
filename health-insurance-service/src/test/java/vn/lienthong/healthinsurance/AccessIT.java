package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.devinfra.TestIdentityProvider;

/**
 * Who may use the office's API (DESIGN.md §6): the social-insurance officer of the declaration's province, which
 * is its receiving unit's; any province's officer for card checks; anyone signed in for the facility catalogue.
 */
class AccessIT extends WiredIntegrationTest {

    static final String NHA_TRANG = "000.10.34.H34";

    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void anOfficerOfAnotherProvinceFindsNoDeclarationToReadOrDecideAndItStaysUnchanged() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        wire.send(command);
        Object id = wire.awaitDeclaration(command.dossierCode()).get("id");
        String khanhHoa = TestIdentityProvider.token("bhxh.056");

        var read = wire.get("/api/v1/declarations/" + id, khanhHoa);
        var decided = wire.decide(id, "{\"decision\":\"APPROVE\"}", khanhHoa);
        var refused = wire.decide(id, "{\"decision\":\"REFUSE\",\"reason\":\"không thuộc tỉnh\"}", khanhHoa);
        // Refused before the body is looked at: no 400 describing another province's request.
        var incomplete = wire.decide(id, "{}", khanhHoa);

        assertThat(List.of(read, decided, refused, incomplete)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:declaration-not-found");
        });
        Map<String, Object> unchanged = wire.get("/api/v1/declarations/" + id).json();
        assertThat(unchanged).containsEntry("status", "PENDING");
        assertThat(unchanged.get("decidedBy")).isNull();
        assertThat(unchanged.get("decisionBasis")).isNull();
        assertThat(jdbc.sql("select count(*) from declarations where id = ?::uuid and decided_at is null "
                + "and decided_by is null and decided_by_officer is null and status = 'PENDING'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cards where card_number = ?").param(command.personalIdNumber())
                .query(Long.class).single()).isZero();
        wire.assertNoFurtherReplies(command.dossierId(), 0);
    }

    @Test
    void eachProvincesOfficerListsOnlyTheDeclarationsOfTheirProvince() {
        IssueHealthInsuranceCard haNoi = anIssueCommand().build();
        // Received in Khánh Hòa although stored with the child's province 001: the receiving unit decides.
        IssueHealthInsuranceCard khanhHoa = anIssueCommand().atUnit(NHA_TRANG).build();
        wire.send(haNoi);
        wire.send(khanhHoa);
        wire.awaitDeclaration(haNoi.dossierCode());
        String bhxh056 = TestIdentityProvider.token("bhxh.056");
        await().atMost(Wire.PATIENCE).until(() -> wire.get(
                "/api/v1/declarations?dossierCode=" + khanhHoa.dossierCode(), bhxh056).list().size() == 1);

        assertThat(wire.get("/api/v1/declarations?dossierCode=" + haNoi.dossierCode(), bhxh056).list()).isEmpty();
        assertThat(wire.get("/api/v1/declarations?dossierCode=" + khanhHoa.dossierCode()).list()).isEmpty();
        assertThat(wire.get("/api/v1/declarations?limit=500").list())
                .allSatisfy(d -> assertThat(d.get("unitCode")).isNotEqualTo(NHA_TRANG))
                .extracting(d -> d.get("dossierCode")).doesNotContain(khanhHoa.dossierCode());
        assertThat(wire.get("/api/v1/declarations?unitCode=" + NHA_TRANG + "&limit=500", bhxh056).list())
                .extracting(d -> d.get("dossierCode")).contains(khanhHoa.dossierCode());
    }

    @Test
    void askingForTheQueueOfAUnitOfAnotherProvinceIsForbidden() {
        var answer = wire.get("/api/v1/declarations?unitCode=" + NHA_TRANG);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:forbidden");
    }

    @Test
    void deskAndPoliceOfficersMayNotUseTheOfficesQueueOrCheckCards() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        wire.send(command);
        Object id = wire.awaitDeclaration(command.dossierCode()).get("id");

        for (String username : List.of("desk.000.26.45.h26", "police.000.26.45.h26")) {
            String token = TestIdentityProvider.token(username);
            var list = wire.get("/api/v1/declarations", token);
            var read = wire.get("/api/v1/declarations/" + id, token);
            var decided = wire.decide(id, "{\"decision\":\"APPROVE\"}", token);
            var check = wire.post("/api/v1/card-checks", "{\"cardNumber\":\"" + command.personalIdNumber() + "\"}", token);
            var incompleteDecision = wire.decide(id, "{}", token);
            var incompleteCheck = wire.post("/api/v1/card-checks", "{}", token);

            assertThat(List.of(list, read, decided, check, incompleteDecision, incompleteCheck)).as(username)
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(403);
                        assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:forbidden");
                    });
            // The catalogue is reference data: anyone signed in reads it.
            assertThat(wire.get("/api/v1/facilities/01101", token).status()).as(username).isEqualTo(200);
        }
        assertThat(wire.get("/api/v1/declarations/" + id).json()).containsEntry("status", "PENDING");
        wire.assertNoFurtherReplies(command.dossierId(), 0);
    }

    @Test
    void withoutATokenEveryEndpointIsUnauthenticated() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        wire.send(command);
        Object id = wire.awaitDeclaration(command.dossierCode()).get("id");

        var answers = List.of(wire.get("/api/v1/declarations", null), wire.get("/api/v1/declarations/" + id, null),
                wire.decide(id, "{\"decision\":\"APPROVE\"}", null),
                wire.post("/api/v1/card-checks", "{\"cardNumber\":\"001325999999\"}", null),
                wire.get("/api/v1/facilities", null), wire.get("/api/v1/facilities/01101", null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(wire.get("/api/v1/declarations/" + id).json()).containsEntry("status", "PENDING");
    }

    @Test
    void anOfficerOfAnyProvinceChecksACardIssuedInAnother() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        wire.send(command);
        wire.decide(wire.awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        wire.awaitReply(command.dossierId());

        var check = wire.post("/api/v1/card-checks", "{\"cardNumber\":\"" + command.personalIdNumber() + "\"}",
                TestIdentityProvider.token("bhxh.056"));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json()).containsEntry("status", "VALID");
    }

    @Test
    void aDecisionRecordsTheDecidingOfficerButTheMetricsOnlyItsKind() {
        IssueHealthInsuranceCard approvedCommand = anIssueCommand().build();
        IssueHealthInsuranceCard refusedCommand = anIssueCommand().build();
        wire.send(approvedCommand);
        wire.send(refusedCommand);
        Object approvedId = wire.awaitDeclaration(approvedCommand.dossierCode()).get("id");
        Object refusedId = wire.awaitDeclaration(refusedCommand.dossierCode()).get("id");

        var approved = wire.decide(approvedId, "{\"decision\":\"APPROVE\"}");
        var refused = wire.decide(refusedId, "{\"decision\":\"REFUSE\",\"reason\":\"Giấy chứng sinh không hợp lệ\"}");

        assertThat(List.of(approved, refused)).allSatisfy(answer -> assertThat(answer.json())
                .containsEntry("decidedBy", "bhxh.001").containsEntry("decisionBasis", "OFFICE"));
        Map<String, Object> reread = wire.get("/api/v1/declarations/" + approvedId).json();
        assertThat(reread).containsEntry("decidedBy", "bhxh.001").containsEntry("decisionBasis", "OFFICE");
        assertThat(jdbc.sql("select decided_by_officer from declarations where id = ?::uuid")
                .param(refusedId.toString()).query(String.class).single()).isEqualTo("bhxh.001");
        assertThat(meters.getMeters()).flatExtracting(meter -> meter.getId().getTags())
                .noneMatch(tag -> tag.getValue().contains("bhxh"));
    }
}
