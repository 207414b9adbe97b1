package vn.lienthong.contracts.residence;

import java.util.UUID;

public record ResidenceApplicationCancelled(UUID dossierId) implements ResidenceEvent {
}
