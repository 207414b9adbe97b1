package vn.lienthong.healthinsurance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.DecidedBy;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationStatus;
import vn.lienthong.healthinsurance.domain.declaration.Supplement;

/**
 * A declaration as the office's API shows it. It carries the child's personal data, which the office
 * needs to decide; this API is the office's own, and the data travel in bodies only.
 *
 * @param overdue still waiting for the office after its due date
 * @param decidedBy who decided (DESIGN.md §6): the officer's username, or {@code POLICY} for an automatic decision
 * @param decisionBasis the kind of decision: {@code OFFICE}, {@code AUTO_ISSUE} or {@code RULES}
 * @param card the card handed to the dossier, once {@code ISSUED}
 * @param supplementRequest the office's last request for missing items
 * @param supplements what the family handed in, oldest first
 */
record DeclarationResponse(
        UUID id,
        UUID dossierId,
        String dossierCode,
        String unitCode,
        DeclarationStatus status,
        ChildResponse child,
        @Nullable String provinceCode,
        @Nullable String commune,
        @Nullable String requestedFacilityCode,
        LocalDate birthRegisteredOn,
        LocalDate dueDate,
        boolean dueDateProvisional,
        boolean overdue,
        Instant receivedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable DecidedBy decisionBasis,
        @Nullable CardResponse card,
        @Nullable Refusal refusal,
        @Nullable SupplementRequestResponse supplementRequest,
        List<SupplementResponse> supplements,
        @Nullable CancellationResponse cancellation) {

    record ChildResponse(String personalIdNumber, String fullName, Sex sex, LocalDate dateOfBirth) {
    }

    record CardResponse(String number, String benefitCode, LocalDate validFrom, LocalDate validTo, String facilityCode) {
    }

    record SupplementRequestResponse(List<String> missingItems, @Nullable String note, Instant requestedAt) {
    }

    record SupplementResponse(Instant receivedAt, @Nullable String note, List<Document> documents) {
    }

    record CancellationResponse(@Nullable String reason, Instant cancelledAt) {
    }

    static DeclarationResponse of(Declaration d, @Nullable Card card, List<Supplement> supplements, LocalDate today) {
        var request = d.supplementRequest();
        var cancellation = d.cancellation();
        return new DeclarationResponse(d.id().value(), d.dossierId().value(), d.dossierCode(), d.unitCode(), d.status(),
                new ChildResponse(d.child().personalIdNumber(), d.child().fullName(), d.child().sex(),
                        d.child().dateOfBirth()),
                d.provinceCode(), d.commune(), d.requestedFacilityCode(), d.birthRegisteredOn(), d.dueDate(),
                d.dueDateProvisional(), d.isOverdueOn(today), d.receivedAt(), d.decidedAt(), d.decider(), d.decidedBy(),
                card == null ? null : new CardResponse(card.number(), card.benefitCode(), card.validity().from(),
                        card.validity().to(), card.facilityCode()),
                d.refusal(),
                request == null ? null
                        : new SupplementRequestResponse(request.missingItems(), request.note(), request.requestedAt()),
                supplements.stream().map(s -> new SupplementResponse(s.receivedAt(), s.note(), s.documents())).toList(),
                cancellation == null ? null
                        : new CancellationResponse(cancellation.reason(), cancellation.cancelledAt()));
    }
}
