package vn.lienthong.contracts.residence;

import vn.lienthong.contracts.Message;

/** Commands consumed by residence-service from {@code residence.commands}. */
public sealed interface ResidenceCommand extends Message
        permits RegisterResidence, SupplementResidenceApplication, CancelResidenceApplication {
}
