package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;

/** The service as the local stack runs it: the auto-approval policy on, the demo households seeded. */
@TestPropertySource(properties = {"lienthong.residence.auto-approval=true", "lienthong.residence.demo-households=true"})
class AutoApprovalIT extends ServiceTestSupport {

    @Test
    void seedsTheDemoHouseholdsUnderTheirFixedNumbers() {
        var ducGiang = orchestrator().post("/api/v1/household-membership-checks", """
                {"householdNumber":"HK-001-9000001","personalIdNumbers":["001195003917","001092004512"]}""");

        assertThat(ducGiang.map()).isEqualTo(Map.of("householdNumber", "HK-001-9000001", "householdExists", true,
                "provinceCode", "001", "commune", "Phường Đức Giang",
                "memberPersonalIdNumbers", List.of("001195003917", "001092004512")));
        assertThat(http.asPoliceOf(NHA_TRANG).get("/api/v1/households/HK-056-9000001").map()).containsEntry("addressSummary",
                "Số 25 đường Trần Phú, Phường Nha Trang, Khánh Hòa");
        assertThat(http.asPoliceOf(CAM_LAM).get("/api/v1/households/HK-056-9000002").map().get("address").toString())
                .contains("Xã Cam Lâm");
    }

    @Test
    void approvesAStraightforwardApplicationAtOnce() {
        UUID dossier = UUID.randomUUID();
        var command = anApplication(dossier, aNewbornRegisteredIn("056"), "HK-056-9000001", "056190006721", null);

        commands.send(COMMANDS, command);

        var registered = (ResidenceRegistered) replies.awaitMessage(dossier, 1);
        assertThat(registered.householdNumber()).isEqualTo("HK-056-9000001");
        assertThat(registered.provinceCode()).isEqualTo("056");
        assertThat(registered.commune()).isEqualTo("Phường Nha Trang");
        assertThat(http.asPoliceOf(command.unitCode()).get("/api/v1/residence-applications?dossierCode=" + command.dossierCode())
                .list().getFirst())
                .containsEntry("status", "APPROVED").containsEntry("decidedBy", "POLICY")
                .containsEntry("decisionBasis", "POLICY");
    }

    @Test
    void approvesAtOnceAnApplicationThatResumesWithItsSupplement() {
        UUID dossier = UUID.randomUUID();
        String child = aNewbornRegisteredIn("056");
        givenAnApplicationAwaitingASupplement(dossier, child, "HK-056-9000002", "056301003030");

        commands.send(COMMANDS, new SupplementResidenceApplication(dossier, "Originals scanned",
                List.of(new Document("Marriage certificate", "scan://dossier/18/marriage.pdf"))));

        var registered = (ResidenceRegistered) replies.awaitMessage(dossier, 1);
        assertThat(registered.commune()).isEqualTo("Xã Cam Lâm");
        assertThat(count("select count(*) from household_member where personal_id_number = ?", child)).isEqualTo(1);
    }

    @Test
    void stillRefusesAnApplicationThatFailsACheck() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, anApplication(dossier, aNewbornRegisteredIn("001"), "HK-001-9000001",
                aPersonalIdNumber("001", Sex.FEMALE, 1990), null));

        assertThat(((ResidenceRefused) replies.awaitMessage(dossier, 1)).refusal().code()).isEqualTo("PARENT_NOT_IN_HOUSEHOLD");
    }

    /** An application an officer asked a supplement for before the policy was switched on. */
    private void givenAnApplicationAwaitingASupplement(UUID dossier, String child, String household, String mother) {
        jdbc.sql("""
                        insert into residence_application (id, dossier_id, dossier_code, unit_code, child_personal_id_number,
                          household_number, relationship_to_head, mother_personal_id_number, status, received_at,
                          due_date, decided_at, decided_by, missing_items, supplement_request_note, supplement_rounds)
                        values (?, ?, ?, '000.12.34.H34', ?, ?, 'CHILD', ?, 'AWAITING_SUPPLEMENT', now() - interval '2 days',
                          current_date + 5, now() - interval '1 day', 'OFFICER', '{"Marriage certificate"}',
                          'Bring the originals', 1)""")
                .params(UUID.randomUUID(), dossier, "000.12.34.H34-251120-0001", child, household, mother)
                .update();
    }
}
