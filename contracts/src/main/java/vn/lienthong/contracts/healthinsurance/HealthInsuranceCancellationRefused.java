package vn.lienthong.contracts.healthinsurance;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

/** The card was already issued and stays valid. */
public record HealthInsuranceCancellationRefused(UUID dossierId, Refusal refusal) implements HealthInsuranceEvent {
}
