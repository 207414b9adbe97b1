package vn.lienthong.orchestrator.application;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Regime;

/**
 * A linked dossier as the desk submits it, well-formed (the web layer has validated and parsed it, names in NFC):
 * what the intake's rules are checked against.
 *
 * @param regime the regime asked for; null for the configured default
 * @param household the household the child is to be registered in, when permanent residence is asked for
 * @param requestHash the hash of the request as sent, remembered with its {@code Idempotency-Key}
 */
public record Submission(
        String unitCode,
        Set<Procedure> procedures,
        @Nullable Regime regime,
        Child child,
        Parent mother,
        @Nullable Parent father,
        Declarant declarant,
        @Nullable Household household,
        @Nullable String primaryCareFacilityCode,
        Application.DeliveryRequest delivery,
        String requestHash) {

    public Submission {
        procedures = Set.copyOf(procedures);
    }

    public record Household(String householdNumber, String relationshipToHead) {
    }
}
