package vn.lienthong.orchestrator.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.orchestrator.domain.Results;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.domain.Step;

/** {@code GET /api/v1/dossiers/{dossierCode}} as pinned in DESIGN.md §5: the officer's view of a dossier. */
public record DossierView(
        String dossierCode,
        String unitCode,
        String status,
        Instant receivedAt,
        LocalDate dueDate,
        boolean dueDateProvisional,
        @Nullable LocalDate newAppointmentDate,
        @Nullable String timeliness,
        List<StepView> steps,
        ResultsView results,
        @Nullable String withdrawalReason) {

    public record StepView(String procedure, String status, LocalDate dueDate, @Nullable Instant startedAt,
                           @Nullable Instant finishedAt, @Nullable Refusal reason,
                           @Nullable LocalDate supplementDue) {
        static StepView of(Step step) {
            return new StepView(step.procedure().name(), step.status().name(), step.dueDate(), step.startedAt(),
                    step.finishedAt(), step.refusal(), step.supplementDue());
        }
    }

    public record ResultsView(@Nullable String personalIdNumber, @Nullable String birthCertificateNumber,
                              @Nullable String householdNumber, @Nullable CardView healthInsuranceCard,
                              @Nullable ShipmentView shipment) {
    }

    public record CardView(String number, String benefitCode, LocalDate validFrom, LocalDate validTo,
                           String facilityCode) {
    }

    public record ShipmentView(@Nullable String trackingNumber, String method, @Nullable BigDecimal fee,
                               @Nullable String feeWaivedBy, String status, @Nullable Instant dispatchedAt,
                               @Nullable Instant deliveredAt) {
    }

    public static DossierView of(Saga saga) {
        Results r = saga.results();
        Results.Card card = r.card();
        Results.Shipment shipment = r.shipment();
        return new DossierView(saga.dossierCode().value(), saga.application().unitCode(), saga.status().name(),
                saga.receivedAt(), saga.dueDate(), saga.dueDateProvisional(), saga.newAppointmentDate(),
                saga.timeliness() == null ? null : saga.timeliness().name(),
                saga.steps().stream().map(StepView::of).toList(),
                new ResultsView(r.birth() == null ? null : r.birth().personalIdNumber(),
                        r.birth() == null ? null : r.birth().certificateNumber(),
                        r.residence() == null ? null : r.residence().householdNumber(),
                        card == null ? null : new CardView(card.number(), card.benefitCode(), card.validFrom(),
                                card.validTo(), card.facilityCode()),
                        shipment == null ? null : new ShipmentView(shipment.trackingNumber(),
                                shipment.method().name(), shipment.fee(), shipment.feeWaivedBy(), shipment.status(),
                                shipment.dispatchedAt(), shipment.deliveredAt())),
                saga.withdrawalReason());
    }
}
