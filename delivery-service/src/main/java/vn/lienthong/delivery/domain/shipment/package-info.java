/** A shipment and its lifecycle: creation, carrier reports, deliveries, pickups, attempts. Domain: plain Java. */
@NullMarked
package vn.lienthong.delivery.domain.shipment;

import org.jspecify.annotations.NullMarked;
