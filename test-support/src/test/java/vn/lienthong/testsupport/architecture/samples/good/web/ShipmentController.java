package vn.lienthong.testsupport.architecture.samples.good.web;

import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.testsupport.architecture.samples.good.application.Shipping;
import vn.lienthong.testsupport.architecture.samples.good.domain.postage.Shipment;
import vn.lienthong.testsupport.architecture.samples.good.persistence.Shipments;

@RestController
class ShipmentController {

    record ShipmentView(String trackingNumber) {
    }

    private final Shipping shipping;
    private final Shipments shipments;

    ShipmentController(Shipping shipping, Shipments shipments) {
        this.shipping = shipping;
        this.shipments = shipments;
    }

    @PostMapping("/shipments")
    ShipmentView dispatch() {
        return new ShipmentView(shipping.dispatch().trackingNumber());
    }

    @GetMapping("/shipments/latest")
    Optional<Shipment> latest() {
        return shipments.latest();
    }
}
