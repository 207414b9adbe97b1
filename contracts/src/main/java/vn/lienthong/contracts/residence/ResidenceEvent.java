package vn.lienthong.contracts.residence;

import vn.lienthong.contracts.Message;

/** Events published by residence-service on {@code residence.events}. */
public sealed interface ResidenceEvent extends Message
        permits ResidenceRegistered, ResidenceRefused, ResidenceSupplementRequested,
                ResidenceApplicationCancelled, ResidenceCancellationRefused {
}
