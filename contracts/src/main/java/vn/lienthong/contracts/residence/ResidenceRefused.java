package vn.lienthong.contracts.residence;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

public record ResidenceRefused(UUID dossierId, Refusal refusal) implements ResidenceEvent {
}
