package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.testsupport.ServiceHttp.Response;

/**
 * The office's API at its boundary (issue 13): odd input is a 400 problem naming the field and the rule, never a 5xx,
 * never the submitted value echoed, never a change to the declaration.
 */
class ApiBoundaryIT extends HealthInsuranceIntegrationTest {

    /** The marker every odd value carries: it must not come back. */
    private static final String MARKER = "ZQXMARK";

    @Test
    void aSupplementRequestWithOnlyAReasonStillRequestsThatReason() {
        Object id = aPendingDeclaration();

        var answer = decide(id, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bản sao giấy chứng sinh\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("status", "AWAITING_SUPPLEMENT");
    }

    @Test
    void refusesControlCharactersBidiOverridesAndLoneSurrogatesInAReasonNamingTheField() {
        Object id = aPendingDeclaration();

        for (String odd : List.of("\\u0000", "\\r\\nX-Injected: 1", "\\u001b[31m", "\\u202e", "\\u2066", "\\ud800",
                "\\udc00x", "\\u0085")) {
            var refused = decide(id, "{\"decision\":\"REFUSE\",\"reason\":\"Giấy " + MARKER + odd + " sai\"}");
            var supplement = decide(id, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"reason\":\"" + MARKER + odd + "\"}");

            assertRefusedNaming(refused, odd, "reason");
            assertRefusedNaming(supplement, odd, "reason");
        }
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "PENDING")
                .containsEntry("refusal", null).containsEntry("supplementRequest", null);
    }

    @Test
    void refusesControlCharactersBidiOverridesAndLoneSurrogatesInAMissingItem() {
        Object id = aPendingDeclaration();

        for (String odd : List.of("\\u0007", "\\n", "\\u202d", "\\udbff")) {
            var answer = decide(id, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"missingItems\":[\"Giấy chứng sinh\",\""
                    + MARKER + odd + "\"]}");

            assertThat(answer.status()).as(odd).isEqualTo(400);
            assertThat(answer.errorFields()).as(odd).singleElement().asString().startsWith("missingItems[1]");
            assertThat(answer.text()).as(odd).doesNotContain(MARKER);
        }
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "PENDING");
    }

    @Test
    void acceptsVietnameseTextWithCombiningMarksAndLettersBeyondTheBasicPlane() {
        Object id = aPendingDeclaration();

        // NFD Vietnamese (combining marks) and a supplementary-plane letter (a surrogate pair, not a lone one).
        var answer = decide(id, "{\"decision\":\"REFUSE\",\"reason\":\"Gia\u0301y chu\u031b\u0301ng sinh \uD840\uDC0B\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("status", "REFUSED");
    }

    @Test
    void aCardCheckOnOddInputIsABadRequestNeverAServerError() {
        List<String> bodies = List.of(
                "{\"cardNumber\":\"001325000123\",\"on\":\"-0001-01-01\"}",
                "{\"cardNumber\":\"001325000123\",\"on\":\"+999999999-12-31\"}",
                "{\"cardNumber\":\"001325000123\",\"on\":\"0000-01-01\"}",
                "{\"cardNumber\":\"001325000123\",\"on\":\"9999-12-31\"}",
                "{\"cardNumber\":\"001325000123\",\"on\":\"2025-02-30\"}",
                "{\"cardNumber\":\"001325000123\",\"on\":20000}",
                "{\"cardNumber\":1325000123}",
                "{\"cardNumber\":\"００１３２５０００１２３\"}",
                "{\"cardNumber\":\"001325000123\\n\"}",
                "{\"cardNumber\":\"" + "9".repeat(5000) + "\"}",
                "{\"cardNumber\":null}",
                "[]", "null", "\"001325000123\"", "{", "");

        for (String body : bodies) {
            Response answer = officer.post("/api/v1/card-checks", body);

            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void aCardCheckNamesTheDayAtFaultOutsideTheCalendarItServes() {
        var answer = officer.post("/api/v1/card-checks", "{\"cardNumber\":\"001325000123\",\"on\":\"1899-12-31\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("on");
    }

    @Test
    void facilityQueriesOnOddInputAreProblemsNeverServerErrors() {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/v1/facilities?provinceCode=%FF", 400);
        expected.put("/api/v1/facilities?provinceCode=%00", 400);
        expected.put("/api/v1/facilities?provinceCode=1", 400);
        expected.put("/api/v1/facilities?provinceCode=0010", 400);
        expected.put("/api/v1/facilities?provinceCode=%E0%A5%A6%E0%A5%A6%E0%A5%A7", 400); // Devanagari digits
        expected.put("/api/v1/facilities?provinceCode=" + "1".repeat(5000), 400);
        expected.put("/api/v1/facilities?provinceCode=001&provinceCode=056", 400);
        expected.put("/api/v1/facilities/011%00", 400);
        expected.put("/api/v1/facilities/%FF", 400);
        expected.put("/api/v1/facilities/01101%0A", 400);
        expected.put("/api/v1/facilities/0110", 400);
        expected.put("/api/v1/facilities/01999", 404);

        expected.forEach((path, status) -> {
            Response answer = officer.get(path);

            assertThat(answer.status()).as(path).isEqualTo(status);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
        });
        assertThat(officer.get("/api/v1/facilities?provinceCode=001").list()).isNotEmpty();
    }

    private Object aPendingDeclaration() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        return awaitDeclaration(command.dossierCode()).get("id");
    }

    private static void assertRefusedNaming(Response answer, String odd, String field) {
        assertThat(answer.status()).as(odd).isEqualTo(400);
        assertThat(answer.contentType()).as(odd).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as(odd).containsExactly(field);
        assertThat(answer.text()).as(odd).doesNotContain(MARKER);
    }
}
