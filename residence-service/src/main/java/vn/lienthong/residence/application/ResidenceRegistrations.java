package vn.lienthong.residence.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCancellationRefused;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.participant.DossierMemory;
import vn.lienthong.platform.participant.Replies;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.residence.config.ResidenceSettings;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.RelationshipToHead;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.domain.population.ProvinceCodes;
import vn.lienthong.residence.domain.registration.ApplicationId;
import vn.lienthong.residence.domain.registration.ApplicationRequest;
import vn.lienthong.residence.domain.registration.ApplicationStatus;
import vn.lienthong.residence.domain.registration.Decider;
import vn.lienthong.residence.domain.registration.Decision;
import vn.lienthong.residence.domain.registration.EligibilityChecks;
import vn.lienthong.residence.domain.registration.PermanentResidenceApplication;
import vn.lienthong.residence.domain.registration.Residence;
import vn.lienthong.residence.persistence.Households;
import vn.lienthong.residence.persistence.PopulationRegistry;
import vn.lienthong.residence.persistence.ResidenceApplications;

/**
 * Permanent-residence applications: taken from the orchestrator's commands, decided by police officers (or the
 * auto-approval policy), answered on {@code residence.events}. Each change and its reply commit together; a replayed
 * command or decision finds the application already there and gets the same answer, with nothing changed.
 */
@Service
public class ResidenceRegistrations implements ResidenceCommands {

    private static final Logger log = LoggerFactory.getLogger(ResidenceRegistrations.class);
    private static final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();

    private final ResidenceApplications applications;
    private final Households households;
    private final PopulationRegistry population;
    private final ProvinceCodes provinces;
    private final WorkingCalendar calendar;
    private final ResidenceSettings settings;
    private final Replies replies;
    private final DossierMemory memory;
    private final ApplicationMetrics metrics;
    private final Clock clock;

    ResidenceRegistrations(ResidenceApplications applications, Households households, PopulationRegistry population,
                           ProvinceCodes provinces, WorkingCalendar calendar, ResidenceSettings settings,
                           Replies replies, DossierMemory memory, ApplicationMetrics metrics, Clock clock) {
        this.applications = applications;
        this.households = households;
        this.population = population;
        this.provinces = provinces;
        this.calendar = calendar;
        this.settings = settings;
        this.replies = replies;
        this.memory = memory;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<ResidenceEvent> register(RegisterResidence command) {
        var dossier = new DossierId(command.dossierId());
        var earlier = applications.lockByDossier(dossier);
        if (earlier.isPresent()) {
            log.info("Residence application for this dossier received before ({}); answering as then",
                    earlier.get().status());
            return earlier.get().reply();
        }
        Instant now = clock.instant();
        var request = ApplicationRequest.of(command);
        var application = PermanentResidenceApplication.received(newId(), dossier, request, now, dueDate(now));
        applications.save(application, now, "RegisterResidence", null, null);
        metrics.received();
        Optional<Refusal> failure = check(request);
        if (failure.isPresent()) {
            application = refuse(application, now, Decider.CHECKS, failure.get());
        } else if (settings.autoApproval()) {
            application = approve(application, now, Decider.POLICY);
        }
        log.info("Residence application {} received: {}", application.id(), application.status());
        return application.reply();
    }

    @Override
    @Transactional
    public Optional<ResidenceEvent> supplement(SupplementResidenceApplication command) {
        var found = applications.lockByDossier(new DossierId(command.dossierId()));
        if (found.isEmpty()) {
            log.warn("Supplement for a dossier without a residence application; nothing to resume");
            return Optional.empty();
        }
        var application = found.get();
        Instant now = clock.instant();
        if (application.status() != ApplicationStatus.AWAITING_SUPPLEMENT
                || !applications.recordSupplement(application.id(), application.supplementRounds(),
                        fingerprint(command), now)) {
            log.info("Supplement for residence application {} received before ({}); answering as then",
                    application.id(), application.status());
            return application.reply();
        }
        application = application.resumed(dueDate(now));
        int documents = command.documents() == null ? 0 : command.documents().size();
        applications.save(application, now, "SupplementResidenceApplication", null, documents + " document(s)");
        if (settings.autoApproval()) {
            var current = application;
            application = check(Objects.requireNonNull(application.request())).map(why -> refuse(current, now, Decider.CHECKS, why))
                    .orElseGet(() -> approve(current, now, Decider.POLICY));
        }
        log.info("Residence application {} resumed after a supplement: {}", application.id(), application.status());
        return application.reply();
    }

    @Override
    @Transactional
    public Optional<ResidenceEvent> cancel(CancelResidenceApplication command) {
        var found = applications.lockByDossier(new DossierId(command.dossierId()));
        if (found.isEmpty()) {
            // Withdrawn before the application arrived: nothing to undo, and the platform keeps a late one out.
            log.info("Withdrawal for a dossier without a residence application");
            return Optional.of(new ResidenceApplicationCancelled(command.dossierId()));
        }
        var application = found.get();
        if (application.status().isOpen()) {
            Instant now = clock.instant();
            application = application.cancelled(now);
            applications.save(application, now, "CancelResidenceApplication", null, null);
            metrics.outcome(ApplicationStatus.CANCELLED, "withdrawal", Duration.ZERO);
            log.info("Residence application {} cancelled", application.id());
            return application.reply();
        }
        if (application.status() == ApplicationStatus.CANCELLED) {
            return application.reply();
        }
        log.info("Residence application {} is {}; the withdrawal does not change it", application.id(),
                application.status());
        return Optional.of(new ResidenceCancellationRefused(command.dossierId(), application.cancellationRefusal()));
    }

    /**
     * The decision of the officer signed in as {@code officer} (their username, recorded with the decision);
     * deciding again the same way changes nothing, deciding otherwise is a conflict, and so is deciding on a
     * dossier the orchestrator withdrew. The reply goes out with the decision, in its transaction.
     */
    @Transactional
    public PermanentResidenceApplication decide(ApplicationId id, Decision decision, String officer) {
        if (decision.kind() == Decision.Kind.REFUSE && (decision.reason() == null || decision.reason().isBlank())) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "reason-required", "Reason required",
                    "A refusal needs a reason, which is sent to the applicant.");
        }
        if (decision.kind() == Decision.Kind.REQUEST_SUPPLEMENT && decision.missingItems().isEmpty()) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "missing-items-required", "Missing items required",
                    "A supplement request names what is missing: in 'missingItems', or as the 'reason' "
                            + "(the one item requested).");
        }
        var application = applications.lock(id).orElseThrow(ResidenceRegistrations::notFound);
        try (var dossier = Correlation.dossier(application.dossierId().value())) {
            return decide(application, decision, Decider.officer(officer));
        }
    }

    private PermanentResidenceApplication decide(PermanentResidenceApplication application, Decision decision,
                                                 Decider officer) {
        switch (decision.verdictOn(standing(application))) {
            case Decision.Verdict.AlreadyTaken taken -> {
                return application;
            }
            case Decision.Verdict.Conflict conflict -> throw new DomainException(HttpStatus.CONFLICT,
                    conflict.code(), "Decision conflicts with the application's state", conflict.detail());
            case Decision.Verdict.Apply apply -> {
            }
        }
        Instant now = clock.instant();
        application = switch (decision.kind()) {
            case APPROVE -> {
                var request = Objects.requireNonNull(application.request());
                Optional<Refusal> failure = check(request);
                if (failure.isPresent()) {
                    throw new DomainException(HttpStatus.CONFLICT, "checks-failed", "The application fails a check",
                            failure.get().code() + ": " + failure.get().message() + " Refuse it instead.");
                }
                yield approve(application, now, officer);
            }
            case REFUSE -> refuse(application, now, officer, new Refusal(
                    PermanentResidenceApplication.REFUSED_BY_POLICE, Objects.requireNonNull(decision.reason()).strip()));
            case REQUEST_SUPPLEMENT -> {
                var waiting = application.supplementRequested(now, officer, decision.missingItems(), decision.reason());
                applications.save(waiting, now, actor(officer), officer.username(),
                        String.join("; ", decision.missingItems()));
                metrics.outcome(waiting.status(), actor(officer), Duration.between(waiting.receivedAt(), now));
                yield waiting;
            }
        };
        log.info("Residence application {} decided by an officer: {}", application.id(), application.status());
        application.reply().ifPresent(replies::send);
        return application;
    }

    private PermanentResidenceApplication approve(PermanentResidenceApplication application, Instant now,
                                                  Decider by) {
        var request = Objects.requireNonNull(application.request());
        Household household = households.find(request.householdNumber()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        households.addMember(household.householdNumber(), request.childPersonalIdNumber(),
                RelationshipToHead.valueOf(request.relationshipToHead()), today);
        var address = household.address();
        var residence = new Residence(household.householdNumber(),
                address.summary(provinces.name(address.provinceCode()).orElse(address.provinceCode())),
                address.provinceCode(), address.commune(), today);
        var approved = application.approved(now, by, residence);
        applications.save(approved, now, actor(by), by.username(), null);
        metrics.outcome(approved.status(), actor(by), Duration.between(approved.receivedAt(), now));
        return approved;
    }

    private PermanentResidenceApplication refuse(PermanentResidenceApplication application, Instant now, Decider by,
                                                 Refusal why) {
        var refused = application.refused(now, by, why);
        applications.save(refused, now, actor(by), by.username(), why.code());
        metrics.outcome(refused.status(), actor(by), Duration.between(refused.receivedAt(), now));
        return refused;
    }

    /**
     * The application's status as a decision sees it: an open application of a dossier the platform remembers as
     * withdrawn counts as cancelled (its own status says so once the withdrawal was handled here; the memory is the
     * one record of withdrawals that every path consults).
     */
    private ApplicationStatus standing(PermanentResidenceApplication application) {
        return application.status().isOpen() && memory.cancelled(application.dossierId())
                ? ApplicationStatus.CANCELLED : application.status();
    }

    /** Runs the checks on what the registry holds now. */
    private Optional<Refusal> check(ApplicationRequest request) {
        String child = request.childPersonalIdNumber();
        boolean wellFormed = PersonalIdNumbers.isWellFormed(child);
        var facts = new EligibilityChecks.Facts(
                wellFormed && population.find(child).isPresent(),
                request.householdNumber().isEmpty() ? null : households.find(request.householdNumber()).orElse(null),
                wellFormed ? households.householdOf(child).orElse(null) : null);
        return EligibilityChecks.firstFailure(request, facts);
    }

    private DueDate dueDate(Instant receivedAt) {
        return calendar.dueDate(receivedAt, settings.decisionWorkingDays());
    }

    private static ApplicationId newId() {
        return new ApplicationId(ids.generate());
    }

    /** The kind of decider, as the history's actor and the metrics' {@code decided_by} tag (never a username). */
    private static String actor(Decider by) {
        return by.basis().name().toLowerCase(Locale.ROOT);
    }

    /** The same note and documents give the same fingerprint: a replay, not a new supplement. */
    private static String fingerprint(SupplementResidenceApplication command) {
        var text = new StringBuilder(String.valueOf(command.note()));
        if (command.documents() != null) {
            for (Document document : command.documents()) {
                text.append('\u001e').append(document.name()).append('\u001f').append(document.reference());
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static DomainException notFound() {
        return new DomainException(HttpStatus.NOT_FOUND, "application-not-found", "Application not found",
                "There is no residence application with this ID.");
    }
}
