package vn.lienthong.contracts.healthinsurance;

import java.util.UUID;

public record CancelHealthInsuranceCard(UUID dossierId, String reason) implements HealthInsuranceCommand {
}
