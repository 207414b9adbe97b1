package vn.lienthong.civilregistry.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The registration fee (lệ phí hộ tịch). An on-time birth registration is free (Law on Civil Status, art. 11);
 * a late one carries the fee that each province's People's Council sets under Circular 85/2019/TT-BTC, hence a
 * default with per-province overrides, in VND.
 */
public record FeeSchedule(BigDecimal lateRegistrationFee, Map<String, BigDecimal> lateRegistrationFeeByProvince) {

    public FeeSchedule {
        lateRegistrationFeeByProvince = Map.copyOf(lateRegistrationFeeByProvince);
        if (lateRegistrationFee.signum() < 0 || lateRegistrationFeeByProvince.values().stream().anyMatch(f -> f.signum() < 0)) {
            throw new IllegalArgumentException("fees cannot be negative");
        }
    }

    public BigDecimal fee(Timeliness timeliness, String provinceCode) {
        return switch (timeliness) {
            case ON_TIME -> BigDecimal.ZERO;
            case LATE -> lateRegistrationFeeByProvince.getOrDefault(provinceCode, lateRegistrationFee);
        };
    }
}
