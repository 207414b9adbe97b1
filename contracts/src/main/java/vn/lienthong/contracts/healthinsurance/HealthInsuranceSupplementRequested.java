package vn.lienthong.contracts.healthinsurance;

import java.util.List;
import java.util.UUID;

public record HealthInsuranceSupplementRequested(UUID dossierId, List<String> missingItems, String note)
        implements HealthInsuranceEvent {
}
