package vn.lienthong.residence.domain.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;

/**
 * A permanent-residence application, one per dossier. Immutable: each transition returns the next state, and
 * {@link #reply()} is what the orchestrator is told about the current one, so a replayed command gets the same.
 *
 * @param request null only in a trace of a withdrawal that came before its application, as the service recorded
 *     those before the platform remembered withdrawn dossiers; such a trace is never decided
 * @param dueDate when the police should decide (SLA from configuration); null only in such a trace
 * @param decidedBy who took the current decision (the officer, the policy or the checks); null while undecided
 */
public record PermanentResidenceApplication(
        ApplicationId id,
        DossierId dossierId,
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
    public static final String REFUSED_BY_POLICE = "REFUSED_BY_POLICE";
    public static final String APPLICATION_ALREADY_DECIDED = "APPLICATION_ALREADY_DECIDED";

    public PermanentResidenceApplication {
        missingItems = List.copyOf(missingItems);
    }

    public static PermanentResidenceApplication received(ApplicationId id, DossierId dossierId,
                                                         ApplicationRequest request, Instant receivedAt,
                                                         DueDate dueDate) {
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.PENDING, receivedAt,
                dueDate, null, null, null, List.of(), null, 0, null);
    }

    public PermanentResidenceApplication approved(Instant now, Decider by, Residence registered) {
        require(status == ApplicationStatus.PENDING, "approve");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.APPROVED, receivedAt,
                dueDate, now, by, null, List.of(), supplementRequestNote, supplementRounds, registered);
    }

    public PermanentResidenceApplication refused(Instant now, Decider by, Refusal why) {
        require(status.isOpen(), "refuse");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.REFUSED, receivedAt,
                dueDate, now, by, why, List.of(), supplementRequestNote, supplementRounds, null);
    }

    /** Only an officer asks for a supplement ({@code by} names them). */
    public PermanentResidenceApplication supplementRequested(Instant now, Decider by, List<String> items,
                                                      @Nullable String note) {
        require(status == ApplicationStatus.PENDING, "request a supplement for");
        if (by.basis() != DecidedBy.OFFICER) {
            throw new IllegalArgumentException("Only an officer requests a supplement");
        }
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.AWAITING_SUPPLEMENT,
                receivedAt, dueDate, now, by, null, items, note, supplementRounds + 1, null);
    }

    /** The missing items arrived: the application waits for a decision again, with a new due date. */
    public PermanentResidenceApplication resumed(DueDate newDueDate) {
        require(status == ApplicationStatus.AWAITING_SUPPLEMENT, "resume");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.PENDING, receivedAt,
                newDueDate, null, null, null, List.of(), supplementRequestNote, supplementRounds, null);
    }

    public PermanentResidenceApplication cancelled(Instant now) {
        require(status.isOpen(), "cancel");
        return new PermanentResidenceApplication(id, dossierId, request, ApplicationStatus.CANCELLED, receivedAt,
                dueDate, now, null, null, List.of(), supplementRequestNote, supplementRounds, null);
    }

    /** The reply that tells the orchestrator where the application stands; none while it waits for a decision. */
    public Optional<ResidenceEvent> reply() {
        return switch (status) {
            case PENDING -> Optional.empty();
            case AWAITING_SUPPLEMENT -> Optional.of(new ResidenceSupplementRequested(dossierId.value(), missingItems,
                    supplementRequestNote));
            case APPROVED -> {
                Residence registered = Objects.requireNonNull(residence);
                yield Optional.of(new ResidenceRegistered(dossierId.value(), registered.householdNumber(),
                        registered.addressSummary(), registered.provinceCode(), registered.commune(),
                        registered.registeredOn()));
            }
            case REFUSED -> Optional.of(new ResidenceRefused(dossierId.value(), Objects.requireNonNull(refusal)));
            case CANCELLED -> Optional.of(new ResidenceApplicationCancelled(dossierId.value()));
        };
    }

    /** Why a withdrawal cannot change this application: it was decided. */
    public Refusal cancellationRefusal() {
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
