package vn.lienthong.orchestrator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The request's canonical form, which its Idempotency-Key hash is taken over. */
class IntakeRequestUnitTest {

    private static final JsonMapper canonical = JsonMapper.builder().build();

    @Test
    void aDeliveryWithoutTheAddressPartsReadsAsItDidBeforeTheyWereAdded() {
        var delivery = new IntakeRequest.Delivery("POST", "Trần Thị Bình", "Số 12 ngõ 5, Hà Nội", null, null, null,
                "0912345678", null);

        assertThat(canonical.writeValueAsString(delivery)).isEqualTo("""
                {"method":"POST","recipientName":"Trần Thị Bình","address":"Số 12 ngõ 5, Hà Nội",\
                "phone":"0912345678","beneficiary":null}""");
    }

    @Test
    void theAddressPartsCountWhenGiven() {
        var delivery = new IntakeRequest.Delivery("POST", "Trần Thị Bình", "Số 3 Trần Phú, Khánh Hòa", "056",
                "Phường Nha Trang", "Số 3 Trần Phú", "0912345678", null);

        assertThat(canonical.writeValueAsString(delivery)).contains("\"provinceCode\":\"056\"",
                "\"commune\":\"Phường Nha Trang\"", "\"street\":\"Số 3 Trần Phú\"");
    }

    @Test
    void theHashedFormHoldsTheRequestsFieldsAndNothingElse() {
        var request = new IntakeRequest("000.26.45.H26", List.of("BIRTH_REGISTRATION"), null,
                new IntakeRequest.Child("Nguyễn Thị An", "FEMALE", "2025-03-10", "Bệnh viện Đức Giang", "Kinh", "VN"),
                new IntakeRequest.Person("Trần Thị Bình", "001190000001", "1990-05-01"), null,
                new IntakeRequest.Declarant("Trần Thị Bình", "001190000001", "MOTHER", "0912345678"), null, null,
                new IntakeRequest.Delivery("DESK", "Trần Thị Bình", null, null, null, null, null, null));

        assertThat(canonical.readTree(canonical.writeValueAsString(request)).propertyNames())
                .containsExactly("unitCode", "procedures", "regime", "child", "mother", "father", "declarant",
                        "residence", "healthInsurance", "delivery");
        assertThat(request.submission().requestHash()).hasSize(64)
                .isEqualTo(request.submission().requestHash());
    }
}
