package vn.lienthong.contracts.residence;

import java.util.UUID;

public record CancelResidenceApplication(UUID dossierId, String reason) implements ResidenceCommand {
}
