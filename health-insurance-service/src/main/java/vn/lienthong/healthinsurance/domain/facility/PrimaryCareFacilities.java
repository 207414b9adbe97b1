package vn.lienthong.healthinsurance.domain.facility;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;

/**
 * Which facility a child's card names (DESIGN.md rule 3): the family's choice when it is in the
 * catalogue and serves the child's province; with no choice, the health station of the child's
 * commune; failing that, the first-ranked facility of the province.
 */
public final class PrimaryCareFacilities {

    public static final String FACILITY_UNKNOWN = "facility-unknown";
    public static final String FACILITY_OUTSIDE_PROVINCE = "facility-outside-province";
    public static final String NO_FACILITY_IN_PROVINCE = "no-facility-in-province";

    /** The facility chosen, or why none can be. */
    public sealed interface Choice {
        record Chosen(Facility facility) implements Choice {
        }

        record Impossible(Refusal refusal) implements Choice {
        }
    }

    private PrimaryCareFacilities() {
    }

    /**
     * @param requestedCode the family's choice, or null
     * @param requested the catalogue's facility under {@code requestedCode}, or null when it has none
     * @param provinceCode the child's province (of residence, else of the birth registration)
     * @param commune the child's commune of residence, or null when unknown
     * @param ofProvince the catalogue's facilities of {@code provinceCode}
     */
    public static Choice choose(@Nullable String requestedCode, @Nullable Facility requested, String provinceCode,
                                @Nullable String commune, List<Facility> ofProvince) {
        if (requestedCode != null) {
            if (requested == null) {
                return impossible(FACILITY_UNKNOWN, "The chosen primary-care facility " + requestedCode
                        + " is not in the catalogue.");
            }
            if (!requested.serves(provinceCode)) {
                return impossible(FACILITY_OUTSIDE_PROVINCE, "The chosen primary-care facility " + requestedCode
                        + " does not serve the child's province " + provinceCode + ".");
            }
            return new Choice.Chosen(requested);
        }
        List<Facility> serving = ofProvince.stream().filter(f -> f.serves(provinceCode)).toList();
        Optional<Facility> station = serving.stream().filter(f -> f.isHealthStationOf(provinceCode, commune)).findFirst();
        Optional<Facility> firstRanked = serving.stream().min(Comparator.comparingInt(Facility::rank));
        return station.or(() -> firstRanked)
                .<Choice>map(Choice.Chosen::new)
                .orElseGet(() -> impossible(NO_FACILITY_IN_PROVINCE,
                        "The catalogue lists no primary-care facility in province " + provinceCode + "."));
    }

    private static Choice impossible(String code, String message) {
        return new Choice.Impossible(new Refusal(code, message));
    }
}
