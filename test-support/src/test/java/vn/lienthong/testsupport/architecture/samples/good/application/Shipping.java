package vn.lienthong.testsupport.architecture.samples.good.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.lienthong.testsupport.architecture.samples.good.clients.CarrierClient;
import vn.lienthong.testsupport.architecture.samples.good.config.ShippingSettings;
import vn.lienthong.testsupport.architecture.samples.good.domain.ShipmentId;
import vn.lienthong.testsupport.architecture.samples.good.domain.postage.Shipment;
import vn.lienthong.testsupport.architecture.samples.good.persistence.Shipments;

@Service
public class Shipping {

    private final Shipments shipments;
    private final CarrierClient carrier;
    private final ShippingSettings settings;
    private final Clock clock;

    Shipping(Shipments shipments, CarrierClient carrier, ShippingSettings settings, Clock clock) {
        this.shipments = shipments;
        this.carrier = carrier;
        this.settings = settings;
        this.clock = clock;
    }

    public Shipment dispatch() {
        Shipment shipment = Shipment.dispatch(ShipmentId.next(), carrier.allocate(settings.carrier()), clock);
        shipments.add(shipment);
        return shipment;
    }
}
