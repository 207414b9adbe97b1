package vn.lienthong.orchestrator.saga;

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

    public Application {
        procedures = Set.copyOf(procedures);
    }

    public boolean requests(Procedure procedure) {
        return procedure == Procedure.RESULTS_DELIVERY || procedures.contains(procedure);
    }

    public record ResidenceRequest(String householdNumber, String relationshipToHead) {
    }

    public record DeliveryRequest(DeliveryMethod method, String recipientName, @Nullable String address,
                                  @Nullable String phone, @Nullable Beneficiary beneficiary) {
    }
}
