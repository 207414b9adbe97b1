package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.platform.text.VietnameseText;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/** The facility catalogue's read API, the card check, the API document and the scrape. Shares DeclarationsIT's context. */
class CatalogueAndCardChecksIT extends HealthInsuranceIntegrationTest {

    @Autowired Units units;

    @Test
    void everyReceivingUnitsCommuneHasItsHealthStationInTheCatalogue() {
        for (Unit unit : units.all()) {
            List<Map<String, Object>> province = officer.get("/api/v1/facilities?provinceCode=" + unit.provinceCode()).list();

            assertThat(province).as(unit.commune())
                    .filteredOn(f -> "COMMUNE_HEALTH_STATION".equals(f.get("kind")))
                    .anySatisfy(station -> assertThat(VietnameseText.same((String) station.get("commune"), unit.commune())).isTrue());
        }
    }

    @Test
    void listsAProvincesFacilitiesFirstRankedFirst() {
        List<Map<String, Object>> haNoi = officer.get("/api/v1/facilities?provinceCode=001").list();

        assertThat(haNoi).extracting(f -> f.get("code")).containsExactly("01901", "01902", "01903", "01101", "01102");
        assertThat(haNoi).allSatisfy(f -> assertThat(f).containsEntry("provinceCode", "001"));
        assertThat(officer.get("/api/v1/facilities").list()).extracting(f -> f.get("provinceCode"))
                .contains("001", "056", "079");
    }

    @Test
    void readsOneFacilityByItsCode() {
        assertThat(officer.get("/api/v1/facilities/56102").map())
                .containsEntry("name", "Trạm Y tế xã Cam Lâm")
                .containsEntry("provinceCode", "056")
                .containsEntry("commune", "Xã Cam Lâm")
                .containsEntry("kind", "COMMUNE_HEALTH_STATION");
    }

    @Test
    void answersAnUnknownOrMalformedFacilityCodeWithAProblem() {
        var unknown = officer.get("/api/v1/facilities/01999");
        var malformed = officer.get("/api/v1/facilities/x");
        var badProvince = officer.get("/api/v1/facilities?provinceCode=1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map()).containsEntry("type", "urn:lienthong:problem:facility-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(badProvince.status()).isEqualTo(400);
        assertThat(badProvince.map()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        assertThat(badProvince.map().get("errors").toString()).contains("field=provinceCode");
    }

    @Test
    void aCardCheckAnswersTheCardsValidityOnTheDayAsked() {
        IssueHealthInsuranceCard command = anIssueCommand().bornOn(LocalDate.parse("2025-11-10")).build();
        send(command);
        decide(awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(command.dossierId(), 1);

        Map<String, Object> lastDay = check(command.personalIdNumber(), "2031-11-30");
        Map<String, Object> dayAfter = check(command.personalIdNumber(), "2031-12-01");
        Map<String, Object> beforeBirth = check(command.personalIdNumber(), "2025-11-09");

        assertThat(lastDay).containsEntry("status", "VALID").containsEntry("valid", true)
                .containsEntry("benefitCode", "TE1").containsEntry("validFrom", "2025-11-10")
                .containsEntry("validTo", "2031-11-30").containsEntry("facilityCode", "01101")
                .containsEntry("facilityName", "Trạm Y tế phường Đức Giang");
        assertThat(dayAfter).containsEntry("status", "EXPIRED").containsEntry("valid", false);
        assertThat(beforeBirth).containsEntry("status", "NOT_YET_VALID");
    }

    @Test
    void aCardCheckOfAnUnknownNumberSaysUnknown() {
        assertThat(check("001325999999", "2026-01-01")).containsEntry("status", "UNKNOWN").containsEntry("valid", false);
    }

    @Test
    void aCardCheckNeedsATwelveDigitNumber() {
        var answer = officer.post("/api/v1/card-checks", "{\"cardNumber\":\"12ab\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("errors").toString()).contains("cardNumber").doesNotContain("12ab");
    }

    @Test
    void documentsTheOfficesApiInOpenApi() {
        String document = officer.get("/v3/api-docs").text();

        assertThat(document).contains("/api/v1/declarations", "/api/v1/declarations/{id}/decision",
                "/api/v1/facilities", "/api/v1/facilities/{code}", "/api/v1/card-checks");
    }

    @Test
    void exposesTheQueueGaugesToPrometheus() {
        String scrape = http.asClient("prometheus").get("/actuator/prometheus").text();

        assertThat(scrape).contains("healthinsurance_declarations_pending{", "healthinsurance_declarations_overdue{",
                "healthinsurance_declarations_awaiting_supplement{");
    }

    private Map<String, Object> check(String cardNumber, String on) {
        var answer = officer.post("/api/v1/card-checks", "{\"cardNumber\":\"" + cardNumber + "\",\"on\":\"" + on + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.map();
    }
}
