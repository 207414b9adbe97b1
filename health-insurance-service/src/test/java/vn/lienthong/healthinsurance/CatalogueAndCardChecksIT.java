package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.platform.text.VietnameseText;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/** The facility catalogue's read API, the card check, the API document and the scrape. Shares DeclarationsIT's context. */
class CatalogueAndCardChecksIT extends WiredIntegrationTest {

    @Autowired Units units;

    @Test
    void everyReceivingUnitsCommuneHasItsHealthStationInTheCatalogue() {
        for (Unit unit : units.all()) {
            List<Map<String, Object>> province = wire.get("/api/v1/facilities?provinceCode=" + unit.provinceCode()).list();

            assertThat(province).as(unit.commune())
                    .filteredOn(f -> "COMMUNE_HEALTH_STATION".equals(f.get("kind")))
                    .anySatisfy(station -> assertThat(VietnameseText.same((String) station.get("commune"), unit.commune())).isTrue());
        }
    }

    @Test
    void listsAProvincesFacilitiesFirstRankedFirst() {
        List<Map<String, Object>> haNoi = wire.get("/api/v1/facilities?provinceCode=001").list();

        assertThat(haNoi).extracting(f -> f.get("code")).containsExactly("01901", "01902", "01903", "01101", "01102");
        assertThat(haNoi).allSatisfy(f -> assertThat(f).containsEntry("provinceCode", "001"));
        assertThat(wire.get("/api/v1/facilities").list()).extracting(f -> f.get("provinceCode"))
                .contains("001", "056", "079");
    }

    @Test
    void readsOneFacilityByItsCode() {
        assertThat(wire.get("/api/v1/facilities/56102").json())
                .containsEntry("name", "Trạm Y tế xã Cam Lâm")
                .containsEntry("provinceCode", "056")
                .containsEntry("commune", "Xã Cam Lâm")
                .containsEntry("kind", "COMMUNE_HEALTH_STATION");
    }

    @Test
    void answersAnUnknownOrMalformedFacilityCodeWithAProblem() {
        var unknown = wire.get("/api/v1/facilities/01999");
        var malformed = wire.get("/api/v1/facilities/x");
        var badProvince = wire.get("/api/v1/facilities?provinceCode=1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).containsEntry("type", "urn:lienthong:problem:facility-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(badProvince.status()).isEqualTo(400);
        assertThat(badProvince.json()).containsEntry("type", "urn:lienthong:problem:validation-failed");
        assertThat(badProvince.json().get("errors").toString()).contains("field=provinceCode");
    }

    @Test
    void aCardCheckAnswersTheCardsValidityOnTheDayAsked() {
        IssueHealthInsuranceCard command = anIssueCommand().bornOn(LocalDate.parse("2025-11-10")).build();
        wire.send(command);
        wire.decide(wire.awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        wire.awaitReply(command.dossierId());

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
        var answer = wire.post("/api/v1/card-checks", "{\"cardNumber\":\"12ab\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").toString()).contains("cardNumber").doesNotContain("12ab");
    }

    @Test
    void documentsTheOfficesApiInOpenApi() {
        String document = wire.get("/v3/api-docs").body().toString();

        assertThat(document).contains("/api/v1/declarations", "/api/v1/declarations/{id}/decision",
                "/api/v1/facilities", "/api/v1/facilities/{code}", "/api/v1/card-checks");
    }

    @Test
    void exposesTheQueueGaugesToPrometheus() {
        String scrape = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .headers(headers -> headers.setBearerAuth(TestIdentityProvider.clientToken("prometheus")))
                .retrieve().body(String.class);

        assertThat(scrape).contains("healthinsurance_declarations_pending{", "healthinsurance_declarations_overdue{",
                "healthinsurance_declarations_awaiting_supplement{");
    }

    private Map<String, Object> check(String cardNumber, String on) {
        var answer = wire.post("/api/v1/card-checks", "{\"cardNumber\":\"" + cardNumber + "\",\"on\":\"" + on + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
