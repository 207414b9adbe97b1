package vn.lienthong.orchestrator.domain;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;

/** An agency's answer in the engine's words; each linked group translates its agencies' events into these. */
public sealed interface Reply {

    Procedure procedure();

    /** The step succeeded; {@code record} adds what it produced to the results. */
    record Completed(Procedure procedure, UnaryOperator<Results> record) implements Reply {
    }

    record Refused(Procedure procedure, Refusal refusal) implements Reply {
    }

    record SupplementRequested(Procedure procedure, List<String> missingItems, @Nullable String note)
            implements Reply {
    }

    record Cancelled(Procedure procedure) implements Reply {
    }

    /** The agency had already decided; its decision is the reply that counts. */
    record CancellationRefused(Procedure procedure, Refusal refusal) implements Reply {
    }

    /** The results left (by post, with commune staff, or wait at the desk). */
    record Dispatched(Results.Shipment shipment) implements Reply {
        @Override
        public Procedure procedure() {
            return Procedure.RESULTS_DELIVERY;
        }
    }

    record Delivered(@Nullable String trackingNumber, Instant at) implements Reply {
        @Override
        public Procedure procedure() {
            return Procedure.RESULTS_DELIVERY;
        }
    }

    /** The carrier gave up; the parcel waits at the desk, where it can still be picked up. */
    record DeliveryFailed(int attempts, String reason) implements Reply {
        @Override
        public Procedure procedure() {
            return Procedure.RESULTS_DELIVERY;
        }
    }
}
