package vn.lienthong.delivery.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.delivery.domain.shipment.HistoryEntry;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;

/** A shipment as officers see it, recipient included; {@code history} only when one shipment is asked for. */
record ShipmentView(
        UUID id,
        UUID dossierId,
        @Nullable String dossierCode,
        String unitCode,
        DeliveryMethod method,
        @Nullable String trackingNumber,
        ShipmentStatus status,
        boolean awaitingAction,
        BigDecimal fee,
        @Nullable String feeWaivedBy,
        int attempts,
        @Nullable LocalDate visitDate,
        Recipient recipient,
        @Nullable String beneficiaryCategory,
        List<ResultDocument> documents,
        Instant createdAt,
        @Nullable Instant deliveredAt,
        @Nullable String receivedBy,
        @Nullable Instant returnedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<HistoryItem> history) {

    record Recipient(String name, @Nullable String address, @Nullable String phone) {
    }

    /** @param reportedBy the carrier's client or the officer who recorded it; null for the simulated carrier */
    record HistoryItem(String eventId, ReportSource source, @Nullable String reportedBy,
                        ShipmentStatus status, Instant occurredAt, Instant recordedAt, String effect,
                        @Nullable String note) {
    }

    static ShipmentView of(Shipment s, @Nullable List<HistoryEntry> history) {
        return new ShipmentView(s.id().value(), s.dossierId().value(), s.dossierCode(), s.unitCode(), s.method(),
                s.trackingNumber() == null ? null : s.trackingNumber().value(), s.status(), s.awaitsUnit(),
                s.postage().fee(), s.postage().waivedBy(), s.attempts(), s.visitDate(),
                new Recipient(s.recipient().name(), s.recipient().address(), s.recipient().phone()),
                s.beneficiary() == null ? null : s.beneficiary().category(), s.documents(), s.createdAt(),
                s.deliveredAt(), s.receivedBy(), s.returnedAt(),
                history == null ? null : history.stream()
                        .map(e -> new HistoryItem(e.eventId(), e.source(), e.reportedBy(), e.status(),
                                e.occurredAt(), e.recordedAt(), e.effect().name(), e.note()))
                        .toList());
    }
}
