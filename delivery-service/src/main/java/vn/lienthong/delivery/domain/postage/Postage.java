package vn.lienthong.delivery.domain.postage;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.DeliveryMethod;

/**
 * The postage of one shipment: the tariff's rate, and what the requester pays after the subsidy rules.
 *
 * @param rate the tariff's rate for the parcel
 * @param fee what the requester pays: the rate, or zero when a rule waives it
 * @param waivedBy the id of the rule that waived the rate, or null
 */
public record Postage(BigDecimal rate, BigDecimal fee, @Nullable String waivedBy) {

    /** How a shipment's postage was settled, for metrics. */
    public enum Settlement { CHARGED, WAIVED, FREE }

    public Postage {
        if (fee.signum() < 0 || fee.compareTo(rate) > 0) {
            throw new IllegalArgumentException("the fee lies between zero and the rate");
        }
    }

    /**
     * The postage for a parcel by {@code method} from the receiving unit's province to the recipient's, for a
     * beneficiary of {@code category} (null: none). The first rule that applies, in the order given, waives the
     * rate; the requester pays it otherwise (DESIGN.md rule 9). The desk costs nothing, so no rule applies there.
     */
    public static Postage assess(Tariff tariff, List<SubsidyRule> rules, DeliveryMethod method,
                                 String originProvince, String destinationProvince, @Nullable String category) {
        BigDecimal rate = tariff.rate(method, originProvince, destinationProvince);
        if (method == DeliveryMethod.DESK) {
            return new Postage(rate, rate, null);
        }
        for (SubsidyRule rule : rules) {
            if (rule.waives(category, destinationProvince, method)) {
                return new Postage(rate, BigDecimal.ZERO, rule.id());
            }
        }
        return new Postage(rate, rate, null);
    }

    /** The postage for a parcel by {@code method} along {@code route}; see the method above. */
    public static Postage assess(Tariff tariff, List<SubsidyRule> rules, DeliveryMethod method, Route route,
                                 @Nullable String category) {
        return assess(tariff, rules, method, route.origin(), route.destination(), category);
    }

    public Settlement settlement() {
        if (waivedBy != null) {
            return Settlement.WAIVED;
        }
        return fee.signum() == 0 ? Settlement.FREE : Settlement.CHARGED;
    }
}
