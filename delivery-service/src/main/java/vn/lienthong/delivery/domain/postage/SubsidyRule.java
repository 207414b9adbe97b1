package vn.lienthong.delivery.domain.postage;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.DeliveryMethod;

/**
 * A rule that waives the postage (DESIGN.md rule 9): for these beneficiary categories, in these provinces,
 * by these methods. An empty set of provinces means every province; categories and methods must be named.
 *
 * @param id the rule's stable name, recorded on every shipment it waives ({@code ResultsDispatched.feeWaivedBy})
 */
public record SubsidyRule(String id, Set<String> categories, Set<String> provinces, Set<DeliveryMethod> methods) {

    public SubsidyRule {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a subsidy rule needs an id");
        }
        if (categories.isEmpty() || methods.isEmpty()) {
            throw new IllegalArgumentException("subsidy rule " + id + " must name its categories and methods");
        }
        categories = categories.stream().map(SubsidyRule::normalised).collect(Collectors.toUnmodifiableSet());
        provinces = Set.copyOf(provinces);
        methods = Set.copyOf(methods);
    }

    /** True when a beneficiary of {@code category} in {@code province} gets delivery by {@code method} free. */
    public boolean waives(@Nullable String category, String province, DeliveryMethod method) {
        return category != null
                && categories.contains(normalised(category))
                && (provinces.isEmpty() || provinces.contains(province))
                && methods.contains(method);
    }

    private static String normalised(String category) {
        return category.strip().toUpperCase(Locale.ROOT);
    }
}
