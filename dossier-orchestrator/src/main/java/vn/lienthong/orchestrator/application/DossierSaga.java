package vn.lienthong.orchestrator.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.dossier.DossierReceived;
import vn.lienthong.orchestrator.domain.DossierCode;
import vn.lienthong.orchestrator.domain.DossierStatus;
import vn.lienthong.orchestrator.domain.LinkedGroup;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Results;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.domain.SagaEngine;
import vn.lienthong.orchestrator.domain.SagaRefusal;
import vn.lienthong.orchestrator.domain.Step;
import vn.lienthong.orchestrator.domain.StepStatus;
import vn.lienthong.orchestrator.domain.Transition;
import vn.lienthong.orchestrator.domain.birth.BirthGroup;
import vn.lienthong.orchestrator.persistence.Dossiers;
import vn.lienthong.platform.audit.AuditFilter;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

/**
 * The edge around the saga engine: loads a dossier under lock, asks the engine for the transition, and writes the
 * new state, the outgoing messages (outbox), the timeline and the timers in one transaction. Every transition is
 * stamped with the injected clock's time.
 */
public class DossierSaga {

    private static final Logger log = LoggerFactory.getLogger(DossierSaga.class);

    private final Dossiers dossiers;
    private final Outbox outbox;
    private final SagaEngine engine;
    private final DossierTimers timers;
    private final int apologyExtraWorkingDays;
    private final MeterRegistry meters;
    private final Clock clock;

    /** @param apologyExtraWorkingDays how much later the new appointment of an apology is than the due date */
    public DossierSaga(Dossiers dossiers, Outbox outbox, SagaEngine engine, DossierTimers timers,
                       int apologyExtraWorkingDays, MeterRegistry meters, Clock clock) {
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.engine = engine;
        this.timers = timers;
        this.apologyExtraWorkingDays = apologyExtraWorkingDays;
        this.meters = meters;
        this.clock = clock;
    }

    /** A dossier received at the desk: numbered, stored, announced and started. */
    @Transactional
    public Saga receive(NewDossier request) {
        Instant now = request.receivedAt();
        LinkedGroup group = engine.group(BirthGroup.NAME);
        String unitCode = request.application().unitCode();
        LocalDate receivedOn = now.atZone(WorkingCalendar.VIETNAM).toLocalDate();
        DossierCode code = DossierCode.of(unitCode, receivedOn, dossiers.nextNumber(unitCode, receivedOn));
        // The request's path does not name the dossier; its audit record, written at commit, should.
        AuditFilter.resource("/api/v1/dossiers/" + code.value());
        List<Step> steps = group.steps().stream()
                .filter(definition -> request.application().requests(definition.procedure()))
                .map(definition -> Step.waiting(definition.procedure(),
                        request.stepDueDates().get(definition.procedure())))
                .toList();
        Saga saga = new Saga(request.dossierId(), code, group.name(), request.application(), DossierStatus.RECEIVED,
                steps, Results.NONE, now, request.dueDate(), request.dueDateProvisional(), null, null, null);
        try (var scope = Correlation.dossier(saga.dossierId().value())) {
            dossiers.insert(saga, now);
            if (request.idempotencyKey() != null) {
                dossiers.rememberIntake(request.idempotencyKey(), request.requestHash(), saga.dossierId(),
                        request.householdCheck(), now);
            }
            outbox.append(Topic.DOSSIER_EVENTS, new DossierReceived(saga.dossierId().value(), code.value(), unitCode,
                    steps.stream().map(s -> s.procedure().name()).filter(p -> !p.equals("RESULTS_DELIVERY")).toList(),
                    now, saga.dueDate(), saga.dueDateProvisional()));
            timers.setApology(saga.dossierId(), saga.dueDate(), now);
            meters.counter("dossiers.received", "unit", unitCode, "regime", request.application().regime().name(),
                    "due.date", saga.dueDateProvisional() ? "provisional" : "settled").increment();
            log.info("Dossier {} received, due {}", code.value(), saga.dueDate());
            return apply(saga, engine.start(saga, now), "intake", null, now);
        }
    }

    /** The dossier a client already submitted with this {@code Idempotency-Key}, and the hash of that request. */
    @Transactional(readOnly = true)
    public Optional<Submitted> submitted(String idempotencyKey) {
        return dossiers.intake(idempotencyKey).flatMap(intake -> dossiers.find(intake.dossierId())
                .map(saga -> new Submitted(intake.requestHash(), saga, intake.householdCheck())));
    }

    public record Submitted(String requestHash, Saga saga, String householdCheck) {
    }

    /** An agency's event; runs inside the inbox transaction of the message that carried it. */
    public void on(Message event, @Nullable UUID messageId, String type) {
        Instant now = clock.instant();
        Optional<Saga> saga = dossiers.lock(DossierId.of(event.dossierId()));
        if (saga.isEmpty()) {
            log.warn("{} for an unknown dossier: ignored", type);
            return;
        }
        apply(saga.get(), engine.on(saga.get(), event, now), type, messageId, now);
    }

    /** An officer withdraws the dossier; one who may not handle it is told it does not exist, and nothing changes. */
    @Transactional
    public Saga withdraw(DossierCode code, String reason, Caller officer) {
        Instant now = clock.instant();
        Saga saga = locked(code, officer);
        Saga after = apply(saga, refusingConflicts(() -> engine.withdraw(saga, reason, now)),
                "officer " + officer.username() + ": withdrawal", null, now);
        meters.counter("dossiers.withdrawals").increment();
        return after;
    }

    @Transactional
    public Saga supplement(DossierCode code, Procedure procedure, String note, List<Document> documents,
                           Caller officer) {
        Instant now = clock.instant();
        Saga saga = locked(code, officer);
        Saga after = apply(saga, refusingConflicts(() -> engine.supplement(saga, procedure, note, documents, now)),
                "officer " + officer.username() + ": supplement", null, now);
        meters.counter("dossiers.supplements.provided", "step", procedure.name()).increment();
        return after;
    }

    @Transactional
    void timerFired(DossierId dossierId, Transition.Timer.Kind kind, Procedure procedure, LocalDate lastDay) {
        Instant now = clock.instant();
        dossiers.lock(dossierId).ifPresent(saga -> {
            try (var scope = Correlation.dossier(dossierId.value())) {
                Transition transition = switch (kind) {
                    case SUPPLEMENT_DEADLINE -> engine.supplementDeadlinePassed(saga, procedure, lastDay, now);
                    case STEP_DUE -> engine.stepDuePassed(saga, procedure, now);
                };
                apply(saga, transition, "timer: " + kind, null, now);
            }
        });
    }

    @Transactional
    void apologyDue(DossierId dossierId) {
        Instant now = clock.instant();
        dossiers.lock(dossierId).ifPresent(saga -> {
            try (var scope = Correlation.dossier(dossierId.value())) {
                Transition transition = engine.apologiseIfLate(saga, LocalDate.now(clock), apologyExtraWorkingDays,
                        now);
                if (!transition.messages().isEmpty()) {
                    meters.counter("dossiers.apologies").increment();
                }
                apply(saga, transition, "timer: APOLOGY", null, now);
            }
        });
    }

    private Saga locked(DossierCode code, Caller officer) {
        return dossiers.lock(code).filter(saga -> DossierAccess.mayHandle(officer, saga))
                .orElseThrow(() -> DossierAccess.notFound());
    }

    private static Transition refusingConflicts(Supplier<Transition> transition) {
        try {
            return transition.get();
        } catch (SagaRefusal refusal) {
            throw new DomainException(HttpStatus.CONFLICT, refusal.code(),
                    "Not possible now", refusal.getMessage());
        }
    }

    private Saga apply(Saga before, Transition transition, String causedBy, @Nullable UUID messageId, Instant now) {
        Saga after = transition.saga();
        if (!after.equals(before)) {
            dossiers.update(after, now);
        }
        List<String> sent = new ArrayList<>();
        for (Transition.Outgoing outgoing : transition.messages()) {
            UUID id = outbox.append(outgoing.topic(), outgoing.message());
            sent.add(outgoing.message().getClass().getSimpleName() + " " + id);
        }
        List<Transition.Entry> entries = transition.timeline();
        for (int i = 0; i < entries.size(); i++) {
            Transition.Entry entry = entries.get(i);
            dossiers.addTimeline(after.dossierId(), now, entry.what(), entry.procedure(), causedBy, messageId,
                    i == entries.size() - 1 && !sent.isEmpty() ? String.join(", ", sent) : null);
        }
        transition.timers().forEach(timer -> timers.set(after.dossierId(), timer));
        measure(before, after);
        return after;
    }

    private void measure(Saga before, Saga after) {
        for (Step step : after.steps()) {
            Step previous = before.step(step.procedure()).orElseThrow();
            if (step.status() == StepStatus.AWAITING_SUPPLEMENT
                    && previous.status() != step.status()) {
                meters.counter("dossiers.supplements.requested", "step", step.procedure().name()).increment();
            }
            if (step.status().isFinished() && !previous.status().isFinished() && step.startedAt() != null
                    && step.finishedAt() != null) {
                Timer.builder("dossiers.step.duration").tag("step", step.procedure().name())
                        .tag("outcome", step.status().name()).publishPercentileHistogram()
                        .register(meters).record(Duration.between(step.startedAt(), step.finishedAt()));
            }
        }
        if (after.timeliness() != null && before.timeliness() == null) {
            meters.counter("dossiers.returned", "timeliness", after.timeliness().name()).increment();
        }
        if (after.status() != before.status() && after.status().isFinal()) {
            meters.counter("dossiers.closed", "status", after.status().name()).increment();
        }
    }
}
