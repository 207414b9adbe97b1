package vn.lienthong.orchestrator.intake;

import static org.assertj.core.api.Assertions.assertThat;

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
}
