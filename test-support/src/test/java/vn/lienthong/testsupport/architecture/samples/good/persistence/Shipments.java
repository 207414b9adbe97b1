package vn.lienthong.testsupport.architecture.samples.good.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.testsupport.architecture.samples.good.domain.postage.Shipment;

@Repository
public class Shipments {

    private final JdbcClient jdbc;

    Shipments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Shipment shipment) {
        jdbc.sql("insert into shipment (tracking_number) values (?)").param(shipment.trackingNumber()).update();
    }

    public Optional<Shipment> latest() {
        return Optional.empty();
    }
}
