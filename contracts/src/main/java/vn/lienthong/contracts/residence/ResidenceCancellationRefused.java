package vn.lienthong.contracts.residence;

import java.util.UUID;
import vn.lienthong.contracts.Refusal;

/** The application was already decided and stays as it is. */
public record ResidenceCancellationRefused(UUID dossierId, Refusal refusal) implements ResidenceEvent {
}
