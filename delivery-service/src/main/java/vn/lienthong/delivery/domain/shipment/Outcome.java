package vn.lienthong.delivery.domain.shipment;

import java.util.List;
import vn.lienthong.contracts.delivery.DeliveryEvent;

/** The answer of the shipment to a report or an officer's record. */
public sealed interface Outcome {

    /** The shipment changed; {@code events} are to be published with the change. */
    record Changed(Shipment shipment, Effect effect, List<DeliveryEvent> events) implements Outcome {
        public Changed {
            events = List.copyOf(events);
        }
    }

    /** Nothing changed, for the reason given; the report is still worth recording. */
    record Unchanged(Effect effect) implements Outcome {
    }

    /** The report contradicts what the shipment is: refused, nothing is recorded. */
    record Refused(String code, String detail) implements Outcome {
    }
}
