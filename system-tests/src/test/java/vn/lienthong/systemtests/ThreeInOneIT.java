package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.systemtests.Actors.part;
import static vn.lienthong.systemtests.Actors.results;
import static vn.lienthong.systemtests.Actors.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** System test 1: a 3-in-1 dossier with postal delivery runs through all five services to COMPLETED. */
class ThreeInOneIT {

    private final Actors actors = new Actors(RunningSystem.automatic());

    @Test
    void aThreeInOneDossierWithPostalDeliveryIsCompletedWithResultsThatFollowTheRules() {
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(12);
        Actors.Family family = actors.aFamily();
        Map<String, Object> request = actors.aThreeInOneDossier(family, "Nguyễn Thị Hồng Nhung", born);
        part(request, "delivery").put("beneficiary", Map.of("category", "WAR_INVALID", "certificateNumber", "TB-1234"));

        String code = actors.submit(request);
        Map<String, Object> done = actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED", "REFUSED");

        assertThat(done.get("status")).as("%s", done).isEqualTo("COMPLETED");
        assertThat(done.get("timeliness")).isIn("EARLY", "ON_TIME");
        Map<String, Object> results = results(done);
        assertThat((String) results.get("personalIdNumber")).matches(Rules.personalIdOfAGirl("001", born));
        assertThat((String) results.get("birthCertificateNumber")).contains("quyển số " + born.getYear());
        assertThat(results.get("householdNumber")).isEqualTo(family.householdNumber());

        Map<String, Object> card = part(results, "healthInsuranceCard");
        assertThat(card).containsEntry("number", results.get("personalIdNumber"))
                .containsEntry("benefitCode", "TE1")
                .containsEntry("validFrom", born.toString())
                .containsEntry("validTo", Rules.cardValidTo(born).toString());

        Map<String, Object> shipment = part(results, "shipment");
        assertThat(shipment).containsEntry("method", "POST").containsEntry("status", "DELIVERED");
        assertThat(Rules.isS10((String) shipment.get("trackingNumber"))).as("%s", shipment).isTrue();
        assertThat(((Number) shipment.get("fee")).doubleValue()).isZero();
        assertThat(shipment.get("feeWaivedBy")).isNotNull();
        for (String procedure : new String[]{"BIRTH_REGISTRATION", "PERMANENT_RESIDENCE", "HEALTH_INSURANCE_CARD",
                "RESULTS_DELIVERY"}) {
            assertThat(step(done, procedure)).containsEntry("status", "DONE");
        }
    }
}
