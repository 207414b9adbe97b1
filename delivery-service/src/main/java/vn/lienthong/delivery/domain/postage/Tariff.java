package vn.lienthong.delivery.domain.postage;

import java.math.BigDecimal;
import vn.lienthong.contracts.delivery.DeliveryMethod;

/**
 * What carrying one parcel of results costs, in đồng (VND has no minor unit), before any subsidy: a domestic
 * letter-parcel rate by zone for the post, a flat rate for a home visit by commune staff, nothing at the desk.
 *
 * @param postSameProvince post within the province of the receiving unit
 * @param postOtherProvince post to another province
 * @param communeStaff a home visit by commune staff
 */
public record Tariff(BigDecimal postSameProvince, BigDecimal postOtherProvince, BigDecimal communeStaff) {

    public Tariff {
        for (BigDecimal rate : new BigDecimal[] {postSameProvince, postOtherProvince, communeStaff}) {
            if (rate.signum() < 0 || rate.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("tariff rates are whole, non-negative amounts of đồng");
            }
        }
    }

    /** The undiscounted fee for one parcel from {@code originProvince} to {@code destinationProvince}. */
    public BigDecimal rate(DeliveryMethod method, String originProvince, String destinationProvince) {
        return switch (method) {
            case POST -> originProvince.equals(destinationProvince) ? postSameProvince : postOtherProvince;
            case COMMUNE_STAFF -> communeStaff;
            case DESK -> BigDecimal.ZERO;
        };
    }
}
