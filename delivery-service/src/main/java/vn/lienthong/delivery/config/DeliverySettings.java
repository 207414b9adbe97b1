package vn.lienthong.delivery.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.delivery.domain.postage.SubsidyRule;
import vn.lienthong.delivery.domain.postage.Tariff;
import vn.lienthong.delivery.domain.shipment.DeliveryPolicy;

/**
 * The service's settings ({@code lienthong.delivery}); a setting that makes no sense stops the start-up.
 *
 * @param simulatedCarrier move postal shipments through the carrier's states by itself, for the local stack
 *     (DESIGN.md §5 {@code --manual-carrier} turns it off); off by default: a real office has a real carrier
 * @param simulatedCarrierStepDelay how long the simulated carrier leaves a shipment in each state
 * @param tracking the UPU S10 numbers this service issues
 * @param maxAttempts failed delivery attempts after which a parcel goes back to the desk
 * @param communeStaff how home visits by commune staff are planned
 * @param tariff the postage rates, in đồng
 * @param subsidies the rules that waive postage, the first that applies winning (DESIGN.md rule 9)
 */
@ConfigurationProperties("lienthong.delivery")
public record DeliverySettings(
        @DefaultValue("false") boolean simulatedCarrier,
        @DefaultValue("2s") Duration simulatedCarrierStepDelay,
        @DefaultValue Tracking tracking,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue CommuneStaff communeStaff,
        @DefaultValue Rates tariff,
        @DefaultValue List<Subsidy> subsidies) {

    /**
     * @param prefix the two-letter service indicator of the S10 numbers; {@code RR}, the UPU range for registered
     *     letter post, since the results are documents sent registered with proof of delivery
     */
    public record Tracking(@DefaultValue("RR") String prefix) {
    }

    /**
     * @param visitAfterWorkingDays the visit is planned this many working days after it is scheduled
     */
    public record CommuneStaff(@DefaultValue("1") int visitAfterWorkingDays) {
    }

    /**
     * @param postSameProvince a domestic letter parcel within the province of the receiving unit
     * @param postOtherProvince a domestic letter parcel to another province
     * @param communeStaff a home visit by commune staff
     */
    public record Rates(
            @DefaultValue("16500") BigDecimal postSameProvince,
            @DefaultValue("22000") BigDecimal postOtherProvince,
            @DefaultValue("16500") BigDecimal communeStaff) {
    }

    /** A subsidy rule; empty {@code provinces} means every province. */
    public record Subsidy(String id, @DefaultValue List<String> categories, @DefaultValue List<String> provinces,
                          @DefaultValue List<DeliveryMethod> methods) {
    }

    public DeliverySettings {
        if (!tracking.prefix().matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("lienthong.delivery.tracking.prefix must be two capital letters");
        }
        if (simulatedCarrierStepDelay.isNegative()) {
            throw new IllegalArgumentException("lienthong.delivery.simulated-carrier-step-delay cannot be negative");
        }
        Set<String> ids = new HashSet<>();
        for (Subsidy subsidy : subsidies) {
            if (subsidy.id() == null || !ids.add(subsidy.id())) {
                throw new IllegalArgumentException("every lienthong.delivery.subsidies rule needs an id of its own");
            }
        }
        subsidies = List.copyOf(subsidies);
        // Build the domain objects once here, so that a bad value fails the start-up, not the first shipment.
        policy(maxAttempts, communeStaff, day -> true);
        tariff(tariff);
        subsidyRules(subsidies);
    }

    /** @param workingDay the national working-day calendar, which plans the home visits */
    public DeliveryPolicy policy(Predicate<LocalDate> workingDay) {
        return policy(maxAttempts, communeStaff, workingDay);
    }

    public Tariff tariffTable() {
        return tariff(tariff);
    }

    public List<SubsidyRule> subsidyRules() {
        return subsidyRules(subsidies);
    }

    private static DeliveryPolicy policy(int maxAttempts, CommuneStaff communeStaff, Predicate<LocalDate> workingDay) {
        return new DeliveryPolicy(maxAttempts, communeStaff.visitAfterWorkingDays(), workingDay);
    }

    private static Tariff tariff(Rates rates) {
        return new Tariff(rates.postSameProvince(), rates.postOtherProvince(), rates.communeStaff());
    }

    private static List<SubsidyRule> subsidyRules(List<Subsidy> subsidies) {
        return subsidies.stream()
                .map(s -> new SubsidyRule(s.id(), Set.copyOf(s.categories()), Set.copyOf(s.provinces()),
                        Set.copyOf(s.methods())))
                .toList();
    }
}
