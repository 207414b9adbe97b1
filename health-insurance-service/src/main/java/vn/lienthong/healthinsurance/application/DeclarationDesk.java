package vn.lienthong.healthinsurance.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.DecidedBy;
import vn.lienthong.healthinsurance.domain.declaration.Decision;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationId;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationStatus;
import vn.lienthong.healthinsurance.domain.declaration.DeclaredChild;
import vn.lienthong.healthinsurance.domain.declaration.Eligibility;
import vn.lienthong.healthinsurance.domain.declaration.IssuingPolicy;
import vn.lienthong.healthinsurance.domain.declaration.RefusalCodes;
import vn.lienthong.healthinsurance.domain.declaration.ServiceLevel;
import vn.lienthong.healthinsurance.domain.declaration.Supplement;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.persistence.Cards;
import vn.lienthong.healthinsurance.persistence.Declarations;
import vn.lienthong.healthinsurance.persistence.Facilities;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.participant.DossierMemory;
import vn.lienthong.platform.participant.Replies;
import vn.lienthong.platform.text.VietnameseText;
import vn.lienthong.platform.web.DomainException;

/**
 * The office's desk: the handlers of the linked dossiers' commands (declared as this service's participant in
 * {@code messaging}) and the officers' decisions. It applies the rules and the issuing policy and stores the result;
 * a handler returns its reply, which the platform writes in the handler's transaction, and an officer's decision
 * sends its reply through {@link Replies}. Every command is safe to replay: a dossier has one declaration, and a
 * replay is answered with the reply its declaration already gave. The platform remembers cancelled and decided
 * dossiers, so a step arriving after the withdrawal of its dossier never reaches {@link #declare}.
 */
@Service
public class DeclarationDesk {

    private static final Logger log = LoggerFactory.getLogger(DeclarationDesk.class);
    // Time-ordered IDs keep the primary key index append-only.
    private static final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();

    private final Declarations declarations;
    private final Cards cards;
    private final Facilities facilities;
    private final WorkingCalendar calendar;
    private final IssuingPolicy policy;
    private final ServiceLevel serviceLevel;
    private final Replies replies;
    private final DossierMemory memory;
    private final DeclarationMetrics metrics;
    private final Clock clock;

    DeclarationDesk(Declarations declarations, Cards cards, Facilities facilities, WorkingCalendar calendar,
                    IssuingPolicy policy, ServiceLevel serviceLevel, Replies replies, DossierMemory memory,
                    DeclarationMetrics metrics, Clock clock) {
        this.declarations = declarations;
        this.cards = cards;
        this.facilities = facilities;
        this.calendar = calendar;
        this.policy = policy;
        this.serviceLevel = serviceLevel;
        this.replies = replies;
        this.memory = memory;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The result of carrying out a step: the declaration after it and the card it names, if any. */
    private record Carried(Declaration declaration, @Nullable Card card, boolean newCard) {
    }

    /**
     * Receives the declaration: the rules settle at once what they can, the policy issues or leaves it to the
     * office (no reply yet). A replay of a dossier already declared repeats its declaration's reply.
     */
    @Transactional
    public Optional<HealthInsuranceEvent> declare(IssueHealthInsuranceCard command) {
        DossierId dossierId = new DossierId(command.dossierId());
        declarations.lockDossier(dossierId);
        if (memory.cancelled(dossierId)) {
            // Withdrawn while this command waited for the dossier's lock: the step never runs after its compensation.
            log.info("IssueHealthInsuranceCard for a dossier withdrawn meanwhile; not declared");
            return Optional.empty();
        }
        Optional<Declaration> known = declarations.lockOfDossier(dossierId);
        if (known.isPresent()) {
            log.info("Declaration {} already received for this dossier ({}); repeating its reply",
                    known.get().id(), known.get().status());
            metrics.replayed("IssueHealthInsuranceCard");
            return standingReply(known.get());
        }
        List<String> missing = missingFields(command);
        if (!missing.isEmpty()) {
            // Nothing to store without the child; the reply names the missing fields, never values.
            log.warn("IssueHealthInsuranceCard without {}: refused", missing);
            return Optional.of(new HealthInsuranceCardRefused(command.dossierId(), new Refusal(
                    RefusalCodes.DECLARATION_INCOMPLETE,
                    "The declaration lacks valid values for: " + String.join(", ", missing) + ".")));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate birthRegisteredOn = command.birthRegisteredOn() != null ? command.birthRegisteredOn() : today;
        DueDate due = calendar.plusWorkingDays(birthRegisteredOn, serviceLevel.workingDays());
        Declaration received = Declaration.receive(new DeclarationId(ids.generate()), dossierId, command.dossierCode(),
                command.unitCode(),
                new DeclaredChild(command.personalIdNumber(), VietnameseText.stored(command.fullName()), command.sex(),
                        command.dateOfBirth()),
                blankToNull(command.provinceCode()),
                command.commune() == null || command.commune().isBlank() ? null : VietnameseText.stored(command.commune()),
                facilityCode(command.primaryCareFacilityCode()),
                birthRegisteredOn, due.date(), due.provisional(), now);

        Carried carried = carryOut(received, policy.onReceipt(assess(received, today)), null, now);

        declarations.insert(carried.declaration());
        metrics.received(received);
        settled(carried);
        log.info("Declaration {} received for dossier {}: {}{}", received.id(), received.dossierCode(),
                carried.declaration().status(), received.dueDateProvisional() ? " (provisional due date)" : "");
        return carried.declaration().standingReply(carried.card());
    }

    /** The missing items arrived: the declaration is back in the office's queue. No reply: the office decides next. */
    @Transactional
    public Optional<HealthInsuranceEvent> supplement(SupplementHealthInsuranceDeclaration command) {
        Optional<Declaration> known = declarations.lockOfDossier(new DossierId(command.dossierId()));
        if (known.isEmpty()) {
            log.warn("Supplement for a dossier without a declaration; nothing to resume");
            return Optional.empty();
        }
        Declaration declaration = known.get();
        if (declaration.status() != DeclarationStatus.AWAITING_SUPPLEMENT) {
            log.info("Supplement for declaration {} which is {}; nothing to resume", declaration.id(), declaration.status());
            metrics.replayed("SupplementHealthInsuranceDeclaration");
            return Optional.empty();
        }
        Instant now = clock.instant();
        DueDate due = calendar.plusWorkingDays(LocalDate.now(clock), serviceLevel.workingDays());
        declarations.update(declaration.supplemented(due.date(), due.provisional()));
        declarations.addSupplement(declaration.id(), new Supplement(now, command.note(),
                command.documents() == null ? List.of() : command.documents()));
        log.info("Declaration {} supplemented; back in the office's queue, due {}", declaration.id(), due.date());
        return Optional.empty();
    }

    /**
     * Withdrawal of the dossier. It may arrive before its declaration (or instead of it): then there is nothing to
     * undo, and the answer is "cancelled" all the same; the platform remembers the withdrawal, so a late or replayed
     * {@code IssueHealthInsuranceCard} issues nothing.
     */
    @Transactional
    public Optional<HealthInsuranceEvent> cancel(CancelHealthInsuranceCard command) {
        DossierId dossierId = new DossierId(command.dossierId());
        declarations.lockDossier(dossierId);
        Optional<Declaration> known = declarations.lockOfDossier(dossierId);
        if (known.isEmpty()) {
            log.info("Dossier withdrawn before its declaration arrived; nothing to cancel");
            return Optional.of(new HealthInsuranceCardCancelled(command.dossierId()));
        }
        Declaration declaration = known.get();
        Card card = declaration.cardNumber() == null ? null : cards.find(declaration.cardNumber()).orElseThrow();
        Declaration.CancellationOutcome outcome = declaration.cancel(command.reason(), clock.instant(), card);
        if (outcome.changed()) {
            declarations.update(outcome.declaration());
            metrics.cancelled();
        }
        log.info("Cancellation of declaration {}: {}", declaration.id(), outcome.declaration().status());
        return Optional.of(outcome.reply());
    }

    /**
     * An officer's decision, as {@code POST /api/v1/declarations/{id}/decision} takes it (DESIGN.md §5): the same
     * decision again changes nothing, a different one on a decided declaration is a conflict. The officer is recorded with a decision the
     * office takes; where the rules settle the declaration instead (an approval of a child who has turned 6,
     * a card the child already holds), the rules are its basis.
     *
     * @param officer the deciding officer's username
     */
    @Transactional
    public Declaration decide(DeclarationId declarationId, Decision decision, String officer) {
        Declaration declaration = declarations.lock(declarationId).orElseThrow(() -> notFound(declarationId));
        try (var dossier = Correlation.dossier(declaration.dossierId().value())) {
            switch (declaration.review(decision)) {
                case Declaration.Review.Unchanged unchanged -> {
                    return declaration;
                }
                case Declaration.Review.Conflict conflict -> throw new DomainException(HttpStatus.CONFLICT,
                        conflict.code(), "Declaration already decided", conflict.detail());
                case Declaration.Review.Proceed proceed -> {
                }
            }
            Instant now = clock.instant();
            Carried carried = switch (decision.kind()) {
                case APPROVE -> carryOut(declaration, policy.onApproval(assess(declaration, LocalDate.now(clock))),
                        officer, now);
                case REFUSE -> new Carried(declaration.refused(new Refusal(RefusalCodes.REFUSED_BY_OFFICE,
                        Objects.requireNonNull(decision.reason()).strip()), DecidedBy.OFFICE, officer, now), null, false);
                case REQUEST_SUPPLEMENT -> new Carried(declaration.supplementRequested(
                        decision.missingItems().stream().map(String::strip).toList(),
                        blankToNull(decision.reason()), now), null, false);
            };
            declarations.update(carried.declaration());
            if (carried.declaration().status() == DeclarationStatus.AWAITING_SUPPLEMENT) {
                metrics.supplementRequested();
            } else {
                settled(carried);
            }
            carried.declaration().standingReply(carried.card()).ifPresent(replies::send);
            log.info("Declaration {} decided by the office ({}): {}", declaration.id(), decision.kind(),
                    carried.declaration().status());
            return carried.declaration();
        }
    }

    private Eligibility.Assessment assess(Declaration declaration, LocalDate today) {
        Card existing = cards.find(declaration.child().personalIdNumber()).orElse(null);
        String requestedCode = declaration.requestedFacilityCode();
        Facility requested = requestedCode == null ? null : facilities.find(requestedCode).orElse(null);
        String provinceCode = declaration.provinceCode();
        List<Facility> ofProvince = provinceCode == null ? List.of() : facilities.inProvince(provinceCode);
        return Eligibility.assess(declaration, today, existing, requested, ofProvince);
    }

    /** @param officer the officer whose decision this step carries out, null for the policy's own steps */
    private Carried carryOut(Declaration declaration, IssuingPolicy.Step step, @Nullable String officer, Instant now) {
        return switch (step) {
            case IssuingPolicy.Step.IssueCard issue -> {
                DeclaredChild child = declaration.child();
                Card held = cards.issueOrKeepExisting(Card.issueToChild(child.personalIdNumber(), child.dateOfBirth(),
                        issue.facility().code(), declaration.dossierId(), now));
                boolean newCard = held.dossierId().equals(declaration.dossierId());
                DecidedBy by = newCard ? issue.decidedBy() : DecidedBy.RULES;
                yield new Carried(declaration.issued(held.number(), by, by == DecidedBy.OFFICE ? officer : null, now),
                        held, newCard);
            }
            case IssuingPolicy.Step.HandOverExistingCard existing -> new Carried(
                    declaration.issued(existing.card().number(), DecidedBy.RULES, now), existing.card(), false);
            case IssuingPolicy.Step.Refuse refuse -> new Carried(
                    declaration.refused(refuse.refusal(), DecidedBy.RULES, now), null, false);
            case IssuingPolicy.Step.AwaitOffice await -> new Carried(declaration, null, false);
        };
    }

    private void settled(Carried carried) {
        DeclarationStatus status = carried.declaration().status();
        if (status == DeclarationStatus.ISSUED || status == DeclarationStatus.REFUSED) {
            metrics.settled(carried.declaration(), carried.newCard());
        }
    }

    private Optional<HealthInsuranceEvent> standingReply(Declaration declaration) {
        Card card = declaration.cardNumber() == null ? null : cards.find(declaration.cardNumber()).orElseThrow();
        return declaration.standingReply(card);
    }

    private static List<String> missingFields(IssueHealthInsuranceCard command) {
        List<String> missing = new ArrayList<>();
        if (blankToNull(command.dossierCode()) == null) {
            missing.add("dossierCode");
        }
        if (blankToNull(command.unitCode()) == null) {
            missing.add("unitCode");
        }
        if (command.personalIdNumber() == null || !command.personalIdNumber().matches("[0-9]{12}")) {
            missing.add("personalIdNumber");
        }
        if (blankToNull(command.fullName()) == null) {
            missing.add("fullName");
        }
        if (command.sex() == null) {
            missing.add("sex");
        }
        if (command.dateOfBirth() == null) {
            missing.add("dateOfBirth");
        }
        return missing;
    }

    private static @Nullable String facilityCode(@Nullable String code) {
        String trimmed = blankToNull(code);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DomainException notFound(DeclarationId id) {
        return new DomainException(HttpStatus.NOT_FOUND, "declaration-not-found", "Declaration not found",
                "No declaration has this ID.");
    }
}
