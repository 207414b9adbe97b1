package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Actors.part;
import static vn.lienthong.systemtests.Actors.results;
import static vn.lienthong.systemtests.Actors.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * System tests 2–5, with manual approvals: the police and the social-insurance office decide through their APIs,
 * the officer at the desk answers supplement requests and withdraws dossiers.
 */
class ManualDecisionsIT {

    private static final Map<String, Object> APPROVE = Map.of("decision", "APPROVE");

    private final Actors actors = new Actors(RunningSystem.manual());
    private final LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(20);

    private String aDossierFor(String childName) {
        return actors.submit(actors.aThreeInOneDossier(actors.aFamily(), childName, born));
    }

    @Test
    void thePoliceAndTheInsuranceOfficeDecideThroughTheirApisAndTheDossierCompletes() {
        String code = aDossierFor("Trần Minh Châu");

        Map<String, Object> application = actors.residenceApplication(code, "PENDING");
        assertThat(actors.dossier(code)).containsEntry("status", "IN_PROGRESS");
        actors.decideResidence(application, APPROVE);
        actors.decideDeclaration(actors.declaration(code, "PENDING"), APPROVE);

        Map<String, Object> done = actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED");
        assertThat(done.get("status")).isEqualTo("COMPLETED");
        assertThat(part(results(done), "healthInsuranceCard")).containsEntry("benefitCode", "TE1");
    }

    @Test
    void aRefusedResidenceStillSendsTheCertificateAndTheCardAndSaysWhy() {
        String code = aDossierFor("Lê Hoàng Nam");

        actors.decideResidence(actors.residenceApplication(code, "PENDING"),
                Map.of("decision", "REFUSE", "reason", "Chỗ ở không đủ diện tích tối thiểu"));
        actors.decideDeclaration(actors.declaration(code, "PENDING"), APPROVE);

        Map<String, Object> done = actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED");
        assertThat(done.get("status")).isEqualTo("PARTIALLY_COMPLETED");
        Map<String, Object> residence = step(done, "PERMANENT_RESIDENCE");
        assertThat(residence).containsEntry("status", "REFUSED");
        assertThat(part(residence, "reason").toString()).contains("Chỗ ở không đủ diện tích tối thiểu");
        Map<String, Object> results = results(done);
        assertThat(results.get("birthCertificateNumber")).isNotNull();
        assertThat(results.get("householdNumber")).isNull();
        assertThat(part(results, "healthInsuranceCard")).isNotNull();
        assertThat(part(results, "shipment")).containsEntry("status", "DELIVERED");
    }

    @Test
    void aSupplementRequestedAndSuppliedLetsTheDossierComplete() {
        String code = aDossierFor("Phạm Gia Bảo");

        actors.decideResidence(actors.residenceApplication(code, "PENDING"), Map.of("decision", "REQUEST_SUPPLEMENT",
                "reason", "Thiếu giấy tờ", "missingItems", List.of("giấy chứng nhận kết hôn")));
        Map<String, Object> paused = actors.awaitStatus(code, "AWAITING_SUPPLEMENT");
        assertThat(step(paused, "PERMANENT_RESIDENCE").get("supplementDue")).isNotNull();

        actors.supplement(code, "PERMANENT_RESIDENCE", "Bổ sung giấy chứng nhận kết hôn");
        actors.decideResidence(actors.residenceApplication(code, "PENDING"), APPROVE);
        actors.decideDeclaration(actors.declaration(code, "PENDING"), APPROVE);

        assertThat(actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED").get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aSupplementNeverSuppliedRefusesTheStepWhenItsDeadlinePasses() {
        String code = aDossierFor("Vũ Thanh Tâm");

        actors.decideResidence(actors.residenceApplication(code, "PENDING"), Map.of("decision", "REQUEST_SUPPLEMENT",
                "reason", "Thiếu giấy tờ", "missingItems", List.of("giấy chứng nhận kết hôn")));
        actors.awaitStatus(code, "AWAITING_SUPPLEMENT");
        // Nobody answers: the 7 working days pass, on the services' clock.
        actors.letTheSupplementDeadlinePass(code, "PERMANENT_RESIDENCE");
        actors.decideDeclaration(actors.declaration(code, "PENDING"), APPROVE);

        Map<String, Object> done = actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED");
        assertThat(done.get("status")).isEqualTo("PARTIALLY_COMPLETED");
        assertThat(part(step(done, "PERMANENT_RESIDENCE"), "reason")).containsEntry("code", "SUPPLEMENT_NOT_PROVIDED");
        assertThat(actors.residenceApplication(code, "CANCELLED")).isNotNull();
    }

    @Test
    void withdrawalMidFlowCancelsThePendingStepsInTheirServices() {
        String code = aDossierFor("Đặng Khánh Linh");
        actors.residenceApplication(code, "PENDING");

        actors.withdraw(code, "Gia đình chuyển đi nơi khác");

        Map<String, Object> withdrawn = actors.awaitStatus(code, "WITHDRAWN");
        assertThat(step(withdrawn, "BIRTH_REGISTRATION")).containsEntry("status", "DONE");
        assertThat(actors.residenceApplication(code, "CANCELLED")).isNotNull();
        Map<String, Object> afterCancel = actors.awaitStatus(code, "WITHDRAWN");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(step(actors.dossier(code), "PERMANENT_RESIDENCE").get("status")));
        assertThat(step(afterCancel, "HEALTH_INSURANCE_CARD")).containsEntry("status", "CANCELLED");
        assertThat(step(afterCancel, "RESULTS_DELIVERY")).containsEntry("status", "CANCELLED");
        assertThat(actors.declarations(code)).isEmpty();
        assertThat(actors.shipments(code)).isEmpty();
    }
}
