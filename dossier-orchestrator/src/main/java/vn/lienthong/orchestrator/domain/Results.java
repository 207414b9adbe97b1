package vn.lienthong.orchestrator.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.DeliveryMethod;

/** What the agencies have produced so far. */
public record Results(
        @Nullable Birth birth,
        @Nullable Residence residence,
        @Nullable Card card,
        @Nullable Shipment shipment) {

    public static final Results NONE = new Results(null, null, null, null);

    public Results withBirth(Birth value) {
        return new Results(value, residence, card, shipment);
    }

    public Results withResidence(Residence value) {
        return new Results(birth, value, card, shipment);
    }

    public Results withCard(Card value) {
        return new Results(birth, residence, value, shipment);
    }

    public Results withShipment(Shipment value) {
        return new Results(birth, residence, card, value);
    }

    public record Birth(String registrationId, String personalIdNumber, String certificateNumber,
                        LocalDate registeredOn, boolean late, BigDecimal fee, String provinceCode) {
    }

    public record Residence(String householdNumber, String addressSummary, String provinceCode,
                            @Nullable String commune, LocalDate registeredOn) {
    }

    public record Card(String number, String benefitCode, LocalDate validFrom, LocalDate validTo,
                       String facilityCode) {
    }

    /** @param status the last known status: DISPATCHED, DELIVERED or RETURNED (waiting at the desk) */
    public record Shipment(@Nullable String trackingNumber, DeliveryMethod method, @Nullable BigDecimal fee,
                           @Nullable String feeWaivedBy, String status, @Nullable Instant dispatchedAt,
                           @Nullable Instant deliveredAt) {
    }
}
