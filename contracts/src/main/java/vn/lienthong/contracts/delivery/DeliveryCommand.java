package vn.lienthong.contracts.delivery;

import vn.lienthong.contracts.Message;

/** Commands consumed by delivery-service from {@code delivery.commands}. */
public sealed interface DeliveryCommand extends Message permits DispatchResults {
}
