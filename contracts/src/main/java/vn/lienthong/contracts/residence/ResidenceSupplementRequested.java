package vn.lienthong.contracts.residence;

import java.util.List;
import java.util.UUID;

public record ResidenceSupplementRequested(UUID dossierId, List<String> missingItems, String note)
        implements ResidenceEvent {
}
