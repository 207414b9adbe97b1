package vn.lienthong.orchestrator.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.dossier.DossierDelayApologised;
import vn.lienthong.contracts.dossier.DossierStatusChanged;
import vn.lienthong.orchestrator.domain.LinkedGroup.StepDefinition;
import vn.lienthong.orchestrator.domain.Transition.Entry;
import vn.lienthong.orchestrator.domain.Transition.Outgoing;
import vn.lienthong.orchestrator.domain.Transition.Timer;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * Runs any linked group from its table: starts steps in order, reacts to replies, and never moves a dossier
 * twice or backwards (a reply for a step that is not waiting for one is recorded and ignored).
 */
public final class SagaEngine {

    public static final String SUPPLEMENT_NOT_PROVIDED = "SUPPLEMENT_NOT_PROVIDED";

    private final Map<String, LinkedGroup> groups;
    private final WorkingCalendar calendar;
    private final int supplementWorkingDays;

    public SagaEngine(List<LinkedGroup> groups, WorkingCalendar calendar, int supplementWorkingDays) {
        this.groups = groups.stream().collect(Collectors.toMap(LinkedGroup::name, Function.identity()));
        this.calendar = calendar;
        this.supplementWorkingDays = supplementWorkingDays;
    }

    public LinkedGroup group(String name) {
        LinkedGroup group = groups.get(name);
        if (group == null) {
            throw new IllegalArgumentException("No linked group " + name);
        }
        return group;
    }

    /** The first step of a newly received dossier. */
    public Transition start(Saga saga, Instant now) {
        return new Change(saga, now).note("dossier received", null).advance().result();
    }

    /** An agency's event about this dossier; events this dossier's group does not know are left alone. */
    public Transition on(Saga saga, Message event, Instant now) {
        Optional<Reply> reply = group(saga.group()).replies().apply(event);
        Change change = new Change(saga, now);
        if (reply.isEmpty()) {
            return change.note("ignored " + event.getClass().getSimpleName() + ": not part of this dossier's group",
                    null).result();
        }
        return change.apply(reply.get()).advance().result();
    }

    /** The citizen withdraws: steps not yet done are cancelled in their services; done steps stay. */
    public Transition withdraw(Saga saga, String reason, Instant now) {
        if (saga.status().isFinal()) {
            throw new SagaRefusal("dossier-closed", "The dossier is already " + saga.status());
        }
        LinkedGroup group = group(saga.group());
        Step delivery = saga.step(Procedure.RESULTS_DELIVERY).orElseThrow();
        if (delivery.status() != StepStatus.WAITING) {
            throw new SagaRefusal("results-already-returning",
                    "The results are already on their way back; the dossier can no longer be withdrawn");
        }
        Change change = new Change(saga, now);
        Refusal why = new Refusal("WITHDRAWN", "The dossier was withdrawn: " + reason);
        for (Step step : saga.steps()) {
            StepDefinition definition = group.definition(step.procedure());
            if (step.status() == StepStatus.WAITING) {
                change.put(step.cancelled(now, why)).note("not run: dossier withdrawn", step.procedure());
            } else if (step.status().isActive() && definition.compensation() != null) {
                change.put(step.cancelling(why))
                        .send(definition.topic(), definition.compensation().apply(saga, reason))
                        .note("cancellation requested", step.procedure());
            }
        }
        change.saga = change.saga.withdrawn(reason);
        return change.note("dossier withdrawn", null).result();
    }

    /** The officer answers an agency's supplement request; the step resumes. */
    public Transition supplement(Saga saga, Procedure procedure, String note, List<Document> documents,
                                 Instant now) {
        Step step = saga.step(procedure).orElseThrow(() -> new SagaRefusal("procedure-not-requested",
                procedure + " is not part of this dossier"));
        if (step.status() != StepStatus.AWAITING_SUPPLEMENT) {
            throw new SagaRefusal("no-supplement-requested",
                    "No supplement is awaited for " + procedure + " (it is " + step.status() + ")");
        }
        StepDefinition definition = group(saga.group()).definition(procedure);
        LinkedGroup.SupplementForwarder forwarder = definition.supplement();
        if (forwarder == null) {
            throw new SagaRefusal("no-supplement-requested", procedure + " takes no supplements");
        }
        return new Change(saga, now).put(step.resumed())
                .send(definition.topic(), forwarder.forward(saga, note, documents))
                .note("supplement forwarded", procedure)
                .advance().result();
    }

    /** Wakes a dossier at the end of a supplement deadline: without the supplement, the step is refused. */
    public Transition supplementDeadlinePassed(Saga saga, Procedure procedure, LocalDate lastDay, Instant now) {
        Change change = new Change(saga, now);
        Optional<Step> step = saga.step(procedure);
        if (step.isEmpty() || step.get().status() != StepStatus.AWAITING_SUPPLEMENT
                || !lastDay.equals(step.get().supplementDue())) {
            return change.result();
        }
        StepDefinition definition = group(saga.group()).definition(procedure);
        Refusal why = new Refusal(SUPPLEMENT_NOT_PROVIDED, "The requested supplement was not provided within "
                + supplementWorkingDays + " working days");
        change.put(step.get().refused(now, why)).note("refused: supplement not provided in time", procedure);
        if (definition.compensation() != null) {
            change.send(definition.topic(), definition.compensation().apply(saga, why.message()));
        }
        return change.advance().result();
    }

    /** Wakes a dossier at the end of a step's due date: an operator sees it overdue. */
    public Transition stepDuePassed(Saga saga, Procedure procedure, Instant now) {
        Change change = new Change(saga, now);
        saga.step(procedure).filter(step -> !step.status().isFinished() && !saga.status().isFinal())
                .ifPresent(step -> change.note("step overdue (due " + step.dueDate() + ")", procedure));
        return change.result();
    }

    /**
     * Before the due date passes: a dossier whose results have not left yet gets an apology with a new
     * appointment date (Template 04), once.
     */
    public Transition apologiseIfLate(Saga saga, LocalDate today, int extraWorkingDays, Instant now) {
        Change change = new Change(saga, now);
        boolean resultsLeft = saga.step(Procedure.RESULTS_DELIVERY).map(s -> s.status() != StepStatus.WAITING)
                .orElse(true);
        if (saga.status().isFinal() || resultsLeft || saga.newAppointmentDate() != null
                || today.isAfter(saga.dueDate())) {
            return change.result();
        }
        LocalDate newDate = calendar.plusWorkingDays(saga.dueDate(), extraWorkingDays).date();
        change.saga = saga.withNewAppointment(newDate);
        return change.send(Topic.DOSSIER_EVENTS, new DossierDelayApologised(saga.dossierId().value(),
                        saga.dossierCode().value(), saga.dueDate(), newDate,
                        "The dossier will not be ready by its appointment date"))
                .note("apology issued (Template 04), new appointment " + newDate, null)
                .result();
    }

    /** Accumulates one transition; every method returns this to read as a sentence. */
    private final class Change {
        private Saga saga;
        private final Instant now;
        private final DossierStatus before;
        private final List<Outgoing> messages = new ArrayList<>();
        private final List<Entry> timeline = new ArrayList<>();
        private final List<Timer> timers = new ArrayList<>();

        Change(Saga saga, Instant now) {
            this.saga = saga;
            this.now = now;
            this.before = saga.status();
        }

        Change put(Step step) {
            saga = saga.with(step);
            return this;
        }

        Change send(Topic topic, Message message) {
            messages.add(new Outgoing(topic, message));
            return this;
        }

        Change note(String what, @Nullable Procedure procedure) {
            timeline.add(new Entry(what, procedure));
            return this;
        }

        Change apply(Reply reply) {
            Step step = saga.step(reply.procedure()).orElse(null);
            if (step == null) {
                return note("ignored: " + reply.procedure() + " is not part of this dossier", reply.procedure());
            }
            StepStatus status = step.status();
            return switch (reply) {
                case Reply.Completed completed when status.isActive() || status == StepStatus.CANCELLING -> {
                    saga = saga.with(completed.record().apply(saga.results()));
                    yield put(step.done(now)).note("done", step.procedure());
                }
                case Reply.Refused refused when status.isActive() || status == StepStatus.CANCELLING ->
                        put(step.refused(now, refused.refusal()))
                                .note("refused: " + refused.refusal().code(), step.procedure());
                case Reply.SupplementRequested requested when status == StepStatus.IN_PROGRESS -> {
                    LocalDate lastDay = calendar.plusWorkingDays(today(), supplementWorkingDays).date();
                    timers.add(new Timer(Timer.Kind.SUPPLEMENT_DEADLINE, step.procedure(), lastDay));
                    yield put(step.awaitingSupplement(lastDay)).note("supplement requested ("
                            + requested.missingItems().size() + " items), due " + lastDay, step.procedure());
                }
                case Reply.Cancelled cancelled when status == StepStatus.CANCELLING -> put(step.cancelled(now,
                        step.refusal() == null ? new Refusal("WITHDRAWN", "The dossier was withdrawn") : step.refusal()))
                        .note("cancelled", step.procedure());
                case Reply.CancellationRefused refused when status == StepStatus.CANCELLING ->
                        note("cancellation refused (" + refused.refusal().code() + "); awaiting the decision",
                                step.procedure());
                case Reply.Dispatched dispatched when status == StepStatus.IN_PROGRESS || status == StepStatus.DONE -> {
                    Results.Shipment known = saga.results().shipment();
                    Results.Shipment sent = dispatched.shipment();
                    boolean delivered = known != null && known.deliveredAt() != null;
                    saga = saga.with(saga.results().withShipment(new Results.Shipment(sent.trackingNumber(),
                            sent.method(), sent.fee(), sent.feeWaivedBy(), delivered ? known.status() : "DISPATCHED",
                            known != null && known.dispatchedAt() != null ? known.dispatchedAt() : now,
                            delivered ? known.deliveredAt() : null)));
                    if (saga.timeliness() == null) {
                        saga = saga.withTimeliness(Timeliness.of(today(), saga.dueDate()));
                    }
                    yield note("results dispatched (" + sent.method() + ")", step.procedure());
                }
                case Reply.Delivered delivered when status == StepStatus.IN_PROGRESS -> {
                    Results.Shipment known = saga.results().shipment();
                    Results.Shipment shipment = known == null
                            ? new Results.Shipment(delivered.trackingNumber(),
                                    saga.application().delivery().method(), null, null, "DELIVERED", null,
                                    delivered.at())
                            : new Results.Shipment(known.trackingNumber(), known.method(), known.fee(),
                                    known.feeWaivedBy(), "DELIVERED", known.dispatchedAt(), delivered.at());
                    saga = saga.with(saga.results().withShipment(shipment));
                    if (saga.timeliness() == null) {
                        saga = saga.withTimeliness(Timeliness.of(today(), saga.dueDate()));
                    }
                    yield put(step.done(now)).note("results delivered", step.procedure());
                }
                case Reply.DeliveryFailed failed when status == StepStatus.IN_PROGRESS -> {
                    Results.Shipment known = saga.results().shipment();
                    if (known != null) {
                        saga = saga.with(saga.results().withShipment(new Results.Shipment(known.trackingNumber(),
                                known.method(), known.fee(), known.feeWaivedBy(), "RETURNED", known.dispatchedAt(),
                                null)));
                    }
                    yield note("delivery failed after " + failed.attempts()
                            + " attempts; results wait at the desk", step.procedure());
                }
                default -> note("ignored " + reply.getClass().getSimpleName() + ": step is " + status,
                        step.procedure());
            };
        }

        /** Moves the dossier on: refuses it, starts the next step, or closes it. */
        Change advance() {
            if (saga.status().isFinal()) {
                return this;
            }
            LinkedGroup group = group(saga.group());
            for (Step step : saga.steps()) {
                if (step.status() == StepStatus.REFUSED && group.definition(step.procedure()).essential()) {
                    Refusal why = new Refusal("NOT_RUN", "Not run: " + step.procedure() + " was refused");
                    for (Step other : saga.steps()) {
                        if (other.status() == StepStatus.WAITING) {
                            put(other.cancelled(now, why)).note("not run", other.procedure());
                        }
                    }
                    return status(DossierStatus.REFUSED);
                }
            }
            if (saga.steps().stream().anyMatch(s -> s.status().isActive())) {
                return status(currentStatus());
            }
            Optional<Step> next = saga.steps().stream().filter(s -> s.status() == StepStatus.WAITING).findFirst();
            if (next.isPresent()) {
                StepDefinition definition = group.definition(next.get().procedure());
                put(next.get().started(now)).send(definition.topic(), definition.command().apply(saga))
                        .note("started", definition.procedure());
                timers.add(new Timer(Timer.Kind.STEP_DUE, definition.procedure(), next.get().dueDate()));
                return status(currentStatus());
            }
            boolean allDone = saga.steps().stream().allMatch(s -> s.status() == StepStatus.DONE);
            return status(allDone ? DossierStatus.COMPLETED : DossierStatus.PARTIALLY_COMPLETED);
        }

        private DossierStatus currentStatus() {
            if (saga.steps().stream().anyMatch(s -> s.status() == StepStatus.AWAITING_SUPPLEMENT)) {
                return DossierStatus.AWAITING_SUPPLEMENT;
            }
            boolean returning = saga.step(Procedure.RESULTS_DELIVERY).map(s -> s.status().isActive()).orElse(false);
            return returning ? DossierStatus.RETURNING_RESULTS : DossierStatus.IN_PROGRESS;
        }

        private Change status(DossierStatus status) {
            saga = saga.with(status);
            return this;
        }

        Transition result() {
            if (saga.status() != before) {
                note("status " + saga.status(), null);
                send(Topic.DOSSIER_EVENTS, new DossierStatusChanged(saga.dossierId().value(),
                        saga.dossierCode().value(), saga.status().name(),
                        saga.timeliness() == null ? null : saga.timeliness().name(), now));
            }
            return new Transition(saga, messages, timeline, timers);
        }

        private LocalDate today() {
            return now.atZone(WorkingCalendar.VIETNAM).toLocalDate();
        }
    }
}
