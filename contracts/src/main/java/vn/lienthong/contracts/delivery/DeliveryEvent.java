package vn.lienthong.contracts.delivery;

import vn.lienthong.contracts.Message;

/** Events published by delivery-service on {@code delivery.events}. */
public sealed interface DeliveryEvent extends Message
        permits ResultsDispatched, ResultsDelivered, DeliveryFailed {
}
