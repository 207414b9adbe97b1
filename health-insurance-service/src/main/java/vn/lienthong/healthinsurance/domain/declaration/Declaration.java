package vn.lienthong.healthinsurance.domain.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.platform.domain.DossierId;

/**
 * A TK1-TS declaration of one linked dossier (one per dossier), immutable: each change returns the
 * next state. Its reply to the orchestrator follows from its state alone, so a replayed command is
 * answered exactly as the first one was.
 *
 * @param provinceCode the child's province: of residence when registered, else of the birth registration
 * @param commune the child's commune of residence, null when unknown
 * @param requestedFacilityCode the family's choice of primary-care facility, null for none
 * @param dueDate when the office must have decided (SLA working days after the birth registration)
 * @param dueDateProvisional the due date lies beyond the published holiday calendars (DESIGN.md rule 5)
 * @param decidedBy on what basis it was settled: an officer's decision or the policy (auto-issue, the rules)
 * @param decidingOfficer the username of the officer who decided, for a decision {@link DecidedBy#OFFICE} (null for
 *                        the policy's, and for the office's decisions recorded before officers were)
 * @param cardNumber the card handed to this dossier, once {@link DeclarationStatus#ISSUED}
 * @param refusal why it was {@link DeclarationStatus#REFUSED}
 * @param supplementRequest the office's last request for missing items
 */
public record Declaration(
        DeclarationId id,
        DossierId dossierId,
        String dossierCode,
        String unitCode,
        DeclaredChild child,
        @Nullable String provinceCode,
        @Nullable String commune,
        @Nullable String requestedFacilityCode,
        LocalDate birthRegisteredOn,
        LocalDate dueDate,
        boolean dueDateProvisional,
        Instant receivedAt,
        DeclarationStatus status,
        @Nullable Instant decidedAt,
        @Nullable DecidedBy decidedBy,
        @Nullable String decidingOfficer,
        @Nullable String cardNumber,
        @Nullable Refusal refusal,
        @Nullable SupplementRequest supplementRequest,
        @Nullable Cancellation cancellation) {

    /** How the views name the policy as decider (DESIGN.md §6): auto-issue and the rules alike. */
    public static final String POLICY = "POLICY";

    public Declaration {
        if (decidingOfficer != null && decidedBy != DecidedBy.OFFICE) {
            throw new IllegalArgumentException("only an office decision has a deciding officer, not " + decidedBy);
        }
    }

    public record SupplementRequest(List<String> missingItems, @Nullable String note, Instant requestedAt) {
        public SupplementRequest {
            missingItems = List.copyOf(missingItems);
        }
    }

    public record Cancellation(@Nullable String reason, Instant cancelledAt) {
    }

    /** What a decision would do to this declaration. */
    public sealed interface Review {
        /** Still open: carry the decision out. */
        record Proceed() implements Review {
        }

        /** Already decided the same way: nothing changes, nothing is sent. */
        record Unchanged() implements Review {
        }

        /** Already decided otherwise, or cancelled: the decision is refused. */
        record Conflict(String code, String detail) implements Review {
        }
    }

    /** A cancellation's result: the next state and the reply, the same however often it is asked. */
    public record CancellationOutcome(Declaration declaration, HealthInsuranceEvent reply, boolean changed) {
    }

    public static Declaration receive(DeclarationId id, DossierId dossierId, String dossierCode, String unitCode,
                                      DeclaredChild child, @Nullable String provinceCode, @Nullable String commune,
                                      @Nullable String requestedFacilityCode, LocalDate birthRegisteredOn,
                                      LocalDate dueDate, boolean dueDateProvisional, Instant receivedAt) {
        return new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune, requestedFacilityCode,
                birthRegisteredOn, dueDate, dueDateProvisional, receivedAt, DeclarationStatus.PENDING,
                null, null, null, null, null, null, null);
    }

    /** Issued without a deciding officer: by the policy. */
    public Declaration issued(String cardNumber, DecidedBy by, Instant at) {
        return issued(cardNumber, by, null, at);
    }

    /** @param officer the deciding officer's username, for a decision {@link DecidedBy#OFFICE} only */
    public Declaration issued(String cardNumber, DecidedBy by, @Nullable String officer, Instant at) {
        requireStatus(DeclarationStatus.PENDING);
        return new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune, requestedFacilityCode,
                birthRegisteredOn, dueDate, dueDateProvisional, receivedAt, DeclarationStatus.ISSUED, at, by, officer,
                cardNumber, null, supplementRequest, null);
    }

    /** Refused without a deciding officer: by the policy. */
    public Declaration refused(Refusal refusal, DecidedBy by, Instant at) {
        return refused(refusal, by, null, at);
    }

    /** @param officer the deciding officer's username, for a decision {@link DecidedBy#OFFICE} only */
    public Declaration refused(Refusal refusal, DecidedBy by, @Nullable String officer, Instant at) {
        requireOpen();
        return new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune, requestedFacilityCode,
                birthRegisteredOn, dueDate, dueDateProvisional, receivedAt, DeclarationStatus.REFUSED, at, by, officer,
                null, refusal, supplementRequest, null);
    }

    /**
     * Who the views name as having decided (DESIGN.md §6): the officer's username for an officer's decision,
     * {@value #POLICY} for the policy's (auto-issue and the rules alike); null while undecided. An office decision
     * recorded before officers were names the office.
     */
    public @Nullable String decider() {
        if (decidedBy == null) {
            return null;
        }
        if (decidedBy != DecidedBy.OFFICE) {
            return POLICY;
        }
        return decidingOfficer != null ? decidingOfficer : DecidedBy.OFFICE.name();
    }

    public Declaration supplementRequested(List<String> missingItems, @Nullable String note, Instant at) {
        requireStatus(DeclarationStatus.PENDING);
        return new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune, requestedFacilityCode,
                birthRegisteredOn, dueDate, dueDateProvisional, receivedAt, DeclarationStatus.AWAITING_SUPPLEMENT,
                null, null, null, null, null, new SupplementRequest(missingItems, note, at), null);
    }

    /**
     * The missing items arrived: back in the office's queue. The declaration is complete only now, so
     * its service level runs again from this day ({@code dueDate} computed from it).
     */
    public Declaration supplemented(LocalDate dueDate, boolean dueDateProvisional) {
        requireStatus(DeclarationStatus.AWAITING_SUPPLEMENT);
        return new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune, requestedFacilityCode,
                birthRegisteredOn, dueDate, dueDateProvisional, receivedAt, DeclarationStatus.PENDING,
                null, null, null, null, null, supplementRequest, null);
    }

    public Review review(Decision decision) {
        DeclarationStatus same = switch (decision.kind()) {
            case APPROVE -> DeclarationStatus.ISSUED;
            case REFUSE -> DeclarationStatus.REFUSED;
            case REQUEST_SUPPLEMENT -> DeclarationStatus.AWAITING_SUPPLEMENT;
        };
        if (status == DeclarationStatus.PENDING) {
            return new Review.Proceed();
        }
        if (status == same) {
            return new Review.Unchanged();
        }
        if (status == DeclarationStatus.CANCELLED) {
            return new Review.Conflict("declaration-cancelled", "The declaration was cancelled with its dossier.");
        }
        if (status == DeclarationStatus.AWAITING_SUPPLEMENT) {
            return new Review.Conflict("declaration-awaiting-supplement",
                    "The declaration waits for the missing items requested; decide once they arrive.");
        }
        return new Review.Conflict("declaration-already-decided",
                "The declaration was already decided: " + status + ".");
    }

    /**
     * Withdrawal of the dossier: an open declaration is cancelled; an issued card stays (the reply says
     * so); a refusal stands and is repeated.
     */
    public CancellationOutcome cancel(@Nullable String reason, Instant at, @Nullable Card card) {
        return switch (status) {
            case PENDING, AWAITING_SUPPLEMENT -> new CancellationOutcome(
                    new Declaration(id, dossierId, dossierCode, unitCode, child, provinceCode, commune,
                            requestedFacilityCode, birthRegisteredOn, dueDate, dueDateProvisional, receivedAt,
                            DeclarationStatus.CANCELLED, null, null, null, null, null, supplementRequest,
                            new Cancellation(reason, at)),
                    new HealthInsuranceCardCancelled(dossierId.value()), true);
            case CANCELLED -> new CancellationOutcome(this, new HealthInsuranceCardCancelled(dossierId.value()), false);
            case ISSUED -> new CancellationOutcome(this, new HealthInsuranceCancellationRefused(dossierId.value(),
                    new Refusal(RefusalCodes.CARD_ALREADY_ISSUED,
                            "The BHYT card was already issued; it stays valid and is returned with the dossier.")),
                    false);
            case REFUSED -> new CancellationOutcome(this,
                    new HealthInsuranceCardRefused(dossierId.value(), requiredRefusal()), false);
        };
    }

    /**
     * The reply this declaration has given, to repeat when its command is replayed; none while it waits
     * for the office. {@code card} is the card handed over, needed when {@link DeclarationStatus#ISSUED}.
     */
    public Optional<HealthInsuranceEvent> standingReply(@Nullable Card card) {
        return switch (status) {
            case PENDING -> Optional.empty();
            case ISSUED -> {
                if (card == null || !card.number().equals(cardNumber)) {
                    throw new IllegalArgumentException("the reply of an issued declaration needs its card");
                }
                yield Optional.of(card.issuedTo(dossierId));
            }
            case REFUSED -> Optional.of(new HealthInsuranceCardRefused(dossierId.value(), requiredRefusal()));
            case AWAITING_SUPPLEMENT -> {
                SupplementRequest request = Objects.requireNonNull(supplementRequest);
                yield Optional.of(new HealthInsuranceSupplementRequested(dossierId.value(), request.missingItems(),
                        request.note()));
            }
            case CANCELLED -> Optional.of(new HealthInsuranceCardCancelled(dossierId.value()));
        };
    }

    /** Waiting for the office past its due date. */
    public boolean isOverdueOn(LocalDate today) {
        return status == DeclarationStatus.PENDING && today.isAfter(dueDate);
    }

    private Refusal requiredRefusal() {
        if (refusal == null) {
            throw new IllegalStateException("a refused declaration without its refusal");
        }
        return refusal;
    }

    private void requireStatus(DeclarationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("declaration is " + status + ", not " + expected);
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("declaration is already " + status);
        }
    }
}
