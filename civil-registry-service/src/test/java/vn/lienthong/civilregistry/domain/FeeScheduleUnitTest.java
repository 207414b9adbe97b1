package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeeScheduleUnitTest {

    private final FeeSchedule fees = new FeeSchedule(new BigDecimal("5000"), Map.of("056", new BigDecimal("8000")));

    @Test
    void anOnTimeRegistrationIsFree() {
        assertThat(fees.fee(Timeliness.ON_TIME, "001")).isEqualByComparingTo("0");
        assertThat(fees.fee(Timeliness.ON_TIME, "056")).isEqualByComparingTo("0");
    }

    @Test
    void aLateRegistrationCarriesTheDefaultFee() {
        assertThat(fees.fee(Timeliness.LATE, "001")).isEqualByComparingTo("5000");
    }

    @Test
    void aProvinceMaySetItsOwnLateFee() {
        assertThat(fees.fee(Timeliness.LATE, "056")).isEqualByComparingTo("8000");
    }

    @Test
    void refusesANegativeFee() {
        assertThatThrownBy(() -> new FeeSchedule(new BigDecimal("-1"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
