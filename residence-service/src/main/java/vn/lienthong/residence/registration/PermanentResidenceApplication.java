package vn.lienthong.residence.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * A permanent-residence application, one per dossier. Immutable: each transition returns the next state, and
 * {@link #reply()} is what the orchestrator is told about the current one, so a replayed command gets the same.
 *
 * @param request null only for a cancellation that arrived before its application
 * @param dueDate when the police should decide (SLA from configuration); null for a cancellation placeholder
 * @param decidedBy who took the current decision (the officer, the policy or the checks); null while undecided
 */
public record PermanentResidenceApplication(
        UUID id,
        UUID dossierId,
        @Nullable ApplicationRequest request,
        ApplicationStatus status,
        Instant receivedAt,
        @Nullable DueDate dueDate,
        @Nullable Instant decidedAt,
        @Nullable Decider decidedBy,
        @Nullable Refusal refusal,
        List<String> missingItems,
        @Nullable String supplementRequestNote,
        int supplementRounds,
        @Nullable Residence residence) {

    /** A refusal by an officer through the API. */
    static final String REFUSED_BY_POLICE = "REFUSED_BY_POLICE";
    static final String APPLICATION_ALREADY_DECIDED = "APPLICATION_ALREADY_DECIDED";

    public PermanentResidenceApplication {
        missingItems = List.copyOf(missingItems);
    }

    static PermanentResidenceApplication received(UUID id, UUID dossierId, ApplicationRequest request,
                                                  Instant receivedAt, DueDate dueDate) {
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.PENDING, receivedAt,
                dueDate, null, null, null, List.of(), null, 0, null);
    }

    /** The trace of a withdrawal that came first: a late application for the dossier is not taken up. */
    static PermanentResidenceApplication cancelledBeforeReceipt(UUID id, UUID dossierId, Instant now) {
        return new PermanentResidenceApplication(id, dossierId, null, ApplicationStatus.CANCELLED, now, null, now,
                null, null, List.of(), null, 0, null);
    }

    PermanentResidenceApplication approved(Instant now, Decider by, Residence registered) {
        require(status == ApplicationStatus.PENDING, "approve");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.APPROVED, receivedAt,
                dueDate, now, by, null, List.of(), supplementRequestNote, supplementRounds, registered);
    }

    PermanentResidenceApplication refused(Instant now, Decider by, Refusal why) {
        require(status.isOpen(), "refuse");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.REFUSED, receivedAt,
                dueDate, now, by, why, List.of(), supplementRequestNote, supplementRounds, null);
    }

    /** Only an officer asks for a supplement ({@code by} names them). */
    PermanentResidenceApplication supplementRequested(Instant now, Decider by, List<String> items,
                                                      @Nullable String note) {
        require(status == ApplicationStatus.PENDING, "request a supplement for");
        if (by.basis() != DecidedBy.OFFICER) {
            throw new IllegalArgumentException("Only an officer requests a supplement");
        }
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.AWAITING_SUPPLEMENT,
                receivedAt, dueDate, now, by, null, items, note, supplementRounds + 1, null);
    }

    /** The missing items arrived: the application waits for a decision again, with a new due date. */
    PermanentResidenceApplication resumed(DueDate newDueDate) {
        require(status == ApplicationStatus.AWAITING_SUPPLEMENT, "resume");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.PENDING, receivedAt,
                newDueDate, null, null, null, List.of(), supplementRequestNote, supplementRounds, null);
    }

    PermanentResidenceApplication cancelled(Instant now) {
        require(status.isOpen(), "cancel");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.CANCELLED, receivedAt,
                dueDate, now, null, null, List.of(), supplementRequestNote, supplementRounds, null);
    }

    /** The reply that tells the orchestrator where the application stands; none while it waits for a decision. */
    Optional<ResidenceEvent> reply() {
        return switch (status) {
            case PENDING -> Optional.empty();
            case AWAITING_SUPPLEMENT -> Optional.of(new ResidenceSupplementRequested(dossierId, missingItems,
                    supplementRequestNote));
            case APPROVED -> {
                Residence registered = Objects.requireNonNull(residence);
                yield Optional.of(new ResidenceRegistered(dossierId, registered.householdNumber(),
                        registered.addressSummary(), registered.provinceCode(), registered.commune(),
                        registered.registeredOn()));
            }
            case REFUSED -> Optional.of(new ResidenceRefused(dossierId, Objects.requireNonNull(refusal)));
            case CANCELLED -> Optional.of(new ResidenceApplicationCancelled(dossierId));
        };
    }

    /** Why a withdrawal cannot change this application: it was decided. */
    Refusal cancellationRefusal() {
        String on = decidedAt == null ? "" : " on " + LocalDate.ofInstant(decidedAt, WorkingCalendar.VIETNAM);
        return new Refusal(APPLICATION_ALREADY_DECIDED, "The application was already "
                + (status == ApplicationStatus.APPROVED ? "approved" : "refused") + on + "; it stays as it is.");
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("Cannot " + what + " an application that is " + status);
        }
    }
}
