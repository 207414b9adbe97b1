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
import vn.lienthong.testsupport.ServiceHttp;

/**
 * Who may use the office's API (DESIGN.md §6): the social-insurance officer of the declaration's province, which
 * is its receiving unit's; any province's officer for card checks; anyone signed in for the facility catalogue.
 */
class AccessIT extends HealthInsuranceIntegrationTest {

    static final String NHA_TRANG = "000.10.34.H34";

    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void anOfficerOfAnotherProvinceFindsNoDeclarationToReadOrDecideAndItStaysUnchanged() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");
        ServiceHttp khanhHoa = http.as("bhxh.056");

        var read = khanhHoa.get("/api/v1/declarations/" + id);
        var decided = decide(khanhHoa, id, "{\"decision\":\"APPROVE\"}");
        var refused = decide(khanhHoa, id, "{\"decision\":\"REFUSE\",\"reason\":\"không thuộc tỉnh\"}");
        // Refused before the body is looked at: no 400 describing another province's request.
        var incomplete = decide(khanhHoa, id, "{}");

        assertThat(List.of(read, decided, refused, incomplete)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:declaration-not-found");
        });
        Map<String, Object> unchanged = officer.get("/api/v1/declarations/" + id).map();
        assertThat(unchanged).containsEntry("status", "PENDING");
        assertThat(unchanged.get("decidedBy")).isNull();
        assertThat(unchanged.get("decisionBasis")).isNull();
        assertThat(jdbc.sql("select count(*) from declarations where id = ?::uuid and decided_at is null "
                + "and decided_by is null and decided_by_officer is null and status = 'PENDING'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cards where card_number = ?").param(command.personalIdNumber())
                .query(Long.class).single()).isZero();
        replies.assertStaysAt(command.dossierId(), 0);
    }

    @Test
    void eachProvincesOfficerListsOnlyTheDeclarationsOfTheirProvince() {
        IssueHealthInsuranceCard haNoi = anIssueCommand().build();
        // Received in Khánh Hòa although stored with the child's province 001: the receiving unit decides.
        IssueHealthInsuranceCard khanhHoa = anIssueCommand().atUnit(NHA_TRANG).build();
        send(haNoi);
        send(khanhHoa);
        awaitDeclaration(haNoi.dossierCode());
        ServiceHttp bhxh056 = http.as("bhxh.056");
        await().atMost(PATIENCE).until(() -> bhxh056.get(
                "/api/v1/declarations?dossierCode=" + khanhHoa.dossierCode()).list().size() == 1);

        assertThat(bhxh056.get("/api/v1/declarations?dossierCode=" + haNoi.dossierCode()).list()).isEmpty();
        assertThat(officer.get("/api/v1/declarations?dossierCode=" + khanhHoa.dossierCode()).list()).isEmpty();
        assertThat(officer.get("/api/v1/declarations?limit=500").list())
                .allSatisfy(d -> assertThat(d.get("unitCode")).isNotEqualTo(NHA_TRANG))
                .extracting(d -> d.get("dossierCode")).doesNotContain(khanhHoa.dossierCode());
        assertThat(bhxh056.get("/api/v1/declarations?unitCode=" + NHA_TRANG + "&limit=500").list())
                .extracting(d -> d.get("dossierCode")).contains(khanhHoa.dossierCode());
    }

    @Test
    void askingForTheQueueOfAUnitOfAnotherProvinceIsForbidden() {
        var answer = officer.get("/api/v1/declarations?unitCode=" + NHA_TRANG);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
    }

    @Test
    void deskAndPoliceOfficersMayNotUseTheOfficesQueueOrCheckCards() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        for (String username : List.of("desk.000.26.45.h26", "police.000.26.45.h26")) {
            ServiceHttp caller = http.as(username);
            var list = caller.get("/api/v1/declarations");
            var read = caller.get("/api/v1/declarations/" + id);
            var decided = decide(caller, id, "{\"decision\":\"APPROVE\"}");
            var check = caller.post("/api/v1/card-checks", "{\"cardNumber\":\"" + command.personalIdNumber() + "\"}");
            var incompleteDecision = decide(caller, id, "{}");
            var incompleteCheck = caller.post("/api/v1/card-checks", "{}");

            assertThat(List.of(list, read, decided, check, incompleteDecision, incompleteCheck)).as(username)
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(403);
                        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
                    });
            // The catalogue is reference data: anyone signed in reads it.
            assertThat(caller.get("/api/v1/facilities/01101").status()).as(username).isEqualTo(200);
        }
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "PENDING");
        replies.assertStaysAt(command.dossierId(), 0);
    }

    @Test
    void withoutATokenEveryEndpointIsUnauthenticated() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        ServiceHttp nobody = http.anonymous();
        var answers = List.of(nobody.get("/api/v1/declarations"), nobody.get("/api/v1/declarations/" + id),
                decide(nobody, id, "{\"decision\":\"APPROVE\"}"),
                nobody.post("/api/v1/card-checks", "{\"cardNumber\":\"001325999999\"}"),
                nobody.get("/api/v1/facilities"), nobody.get("/api/v1/facilities/01101"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "PENDING");
    }

    @Test
    void anOfficerOfAnyProvinceChecksACardIssuedInAnother() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        decide(awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(command.dossierId(), 1);

        var check = http.as("bhxh.056").post("/api/v1/card-checks",
                "{\"cardNumber\":\"" + command.personalIdNumber() + "\"}");

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.map()).containsEntry("status", "VALID");
    }

    @Test
    void aDecisionRecordsTheDecidingOfficerButTheMetricsOnlyItsKind() {
        IssueHealthInsuranceCard approvedCommand = anIssueCommand().build();
        IssueHealthInsuranceCard refusedCommand = anIssueCommand().build();
        send(approvedCommand);
        send(refusedCommand);
        Object approvedId = awaitDeclaration(approvedCommand.dossierCode()).get("id");
        Object refusedId = awaitDeclaration(refusedCommand.dossierCode()).get("id");

        var approved = decide(approvedId, "{\"decision\":\"APPROVE\"}");
        var refused = decide(refusedId, "{\"decision\":\"REFUSE\",\"reason\":\"Giấy chứng sinh không hợp lệ\"}");

        assertThat(List.of(approved, refused)).allSatisfy(answer -> assertThat(answer.map())
                .containsEntry("decidedBy", "bhxh.001").containsEntry("decisionBasis", "OFFICE"));
        Map<String, Object> reread = officer.get("/api/v1/declarations/" + approvedId).map();
        assertThat(reread).containsEntry("decidedBy", "bhxh.001").containsEntry("decisionBasis", "OFFICE");
        assertThat(jdbc.sql("select decided_by_officer from declarations where id = ?::uuid")
                .param(refusedId.toString()).query(String.class).single()).isEqualTo("bhxh.001");
        assertThat(meters.getMeters()).flatExtracting(meter -> meter.getId().getTags())
                .noneMatch(tag -> tag.getValue().contains("bhxh"));
    }
}
