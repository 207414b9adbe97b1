package vn.lienthong.contracts.healthinsurance;

import java.util.UUID;

public record HealthInsuranceCardCancelled(UUID dossierId) implements HealthInsuranceEvent {
}
