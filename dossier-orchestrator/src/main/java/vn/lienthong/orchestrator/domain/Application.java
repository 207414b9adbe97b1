package vn.lienthong.orchestrator.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;

/**
 * What the citizen asked for at the desk, as received (names in NFC).
 *
 * @param unitProvinceCode the receiving unit's province (rule 1), used where no residence result exists
 */
public record Application(
        String unitCode,
        String unitProvinceCode,
        Regime regime,
        Set<Procedure> procedures,
        Child child,
        Parent mother,
        @Nullable Parent father,
        Declarant declarant,
        @Nullable ResidenceRequest residence,
        @Nullable String primaryCareFacilityCode,
        DeliveryRequest delivery) {

    /** Circular 07/2016's 3-digit province codes (DESIGN.md rule 1). */
    public static final String PROVINCE_CODE = "\\d{3}";

    public Application {
        procedures = Set.copyOf(procedures);
    }

    public boolean requests(Procedure procedure) {
        return procedure == Procedure.RESULTS_DELIVERY || procedures.contains(procedure);
    }

    /**
     * @param provinceCode the household's province as the household register answered at the desk; null when the
     *     desk could not ask it (or in dossiers received before it was kept)
     */
    public record ResidenceRequest(String householdNumber, String relationshipToHead, @Nullable String provinceCode) {
    }

    /**
     * How the results go home. {@code address} is the one free-text line; {@code provinceCode}, {@code commune}
     * and {@code street} are the parts of it the desk gave (each optional; null in dossiers received before they
     * were asked for).
     */
    public record DeliveryRequest(DeliveryMethod method, String recipientName, @Nullable String address,
                                  @Nullable String phone, @Nullable Beneficiary beneficiary,
                                  @Nullable String provinceCode, @Nullable String commune, @Nullable String street) {
    }
}
