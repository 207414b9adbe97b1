package vn.lienthong.contracts.healthinsurance;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

public record HealthInsuranceCardRefused(UUID dossierId, Refusal refusal) implements HealthInsuranceEvent {
}
