package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.orchestrator.domain.Procedure.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.Procedure.HEALTH_INSURANCE_CARD;
import static vn.lienthong.orchestrator.domain.Procedure.PERMANENT_RESIDENCE;
import static vn.lienthong.orchestrator.domain.Procedure.RESULTS_DELIVERY;
import static vn.lienthong.orchestrator.domain.SagaFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancellationRefused;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.contracts.dossier.DossierDelayApologised;
import vn.lienthong.contracts.dossier.DossierStatusChanged;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCancellationRefused;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.orchestrator.domain.birth.BirthGroup;

class SagaEngineUnitTest {

    private static final Instant NOW = RECEIVED.plusSeconds(60);

    private static List<Message> commands(Transition transition) {
        return transition.messages().stream().map(Transition.Outgoing::message)
                .filter(m -> !(m instanceof DossierStatusChanged)).toList();
    }

    private static StepStatus status(Saga saga, Procedure procedure) {
        return saga.step(procedure).orElseThrow().status();
    }

    private static Saga afterBirth(Saga started) {
        return ENGINE.on(started, birthRegistered(started), NOW).saga();
    }

    private static Saga awaitingCard() {
        Saga saga = afterBirth(aFullDossierStarted());
        return ENGINE.on(saga, residenceRegistered(saga), NOW).saga();
    }

    private static Saga returningResults() {
        Saga saga = awaitingCard();
        return ENGINE.on(saga, cardIssued(saga), NOW).saga();
    }

    @Test
    void aNewDossierStartsWithTheBirthRegistration() {
        Transition started = ENGINE.start(aDossierRequesting(PERMANENT_RESIDENCE, HEALTH_INSURANCE_CARD), RECEIVED);

        assertThat(started.saga().status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(status(started.saga(), BIRTH_REGISTRATION)).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(status(started.saga(), PERMANENT_RESIDENCE)).isEqualTo(StepStatus.WAITING);
        assertThat(started.messages()).extracting(Transition.Outgoing::topic)
                .containsExactly(Topic.CIVIL_REGISTRY_COMMANDS, Topic.DOSSIER_EVENTS);
        assertThat(commands(started)).singleElement().isInstanceOf(RegisterBirth.class);
        assertThat(started.timers()).containsExactly(
                new Transition.Timer(Transition.Timer.Kind.STEP_DUE, BIRTH_REGISTRATION, DUE));
    }

    @Test
    void aRegisteredBirthStartsTheResidenceStepWithTheChildsPersonalId() {
        Saga started = aFullDossierStarted();
        Transition next = ENGINE.on(started, birthRegistered(started), NOW);

        assertThat(status(next.saga(), BIRTH_REGISTRATION)).isEqualTo(StepStatus.DONE);
        assertThat(next.saga().results().birth().certificateNumber()).isEqualTo("Số 1, quyển số 2025");
        assertThat(commands(next)).singleElement().isInstanceOfSatisfying(RegisterResidence.class, command -> {
            assertThat(command.childPersonalIdNumber()).isEqualTo("001325000123");
            assertThat(command.householdNumber()).isEqualTo("HN-0001");
            assertThat(command.motherPersonalIdNumber()).isEqualTo("001190000001");
        });
    }

    @Test
    void theCardIsAskedForInTheCommuneOfTheNewResidence() {
        Saga saga = afterBirth(aFullDossierStarted());
        Transition next = ENGINE.on(saga, residenceRegistered(saga), NOW);

        assertThat(commands(next)).singleElement().isInstanceOfSatisfying(IssueHealthInsuranceCard.class, c -> {
            assertThat(c.personalIdNumber()).isEqualTo("001325000123");
            assertThat(c.provinceCode()).isEqualTo("001");
            assertThat(c.commune()).isEqualTo("Phường Đức Giang");
            assertThat(c.birthRegisteredOn()).isEqualTo(LocalDate.parse("2025-03-17"));
        });
    }

    @Test
    void allResultsLeaveTogetherInOneDispatch() {
        Saga saga = awaitingCard();
        Transition next = ENGINE.on(saga, cardIssued(saga), NOW);

        assertThat(next.saga().status()).isEqualTo(DossierStatus.RETURNING_RESULTS);
        assertThat(commands(next)).singleElement().isInstanceOfSatisfying(DispatchResults.class, d ->
                assertThat(d.documents()).extracting(ResultDocument::kind).containsExactly(
                        "BIRTH_CERTIFICATE_EXTRACT", "PERMANENT_RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD"));
    }

    @Test
    void theResultsGoToTheProvinceGivenWithTheAddressElseTheHouseholdsElseTheReceivingUnits() {
        Application a = aFullDossierStarted().application();
        Results.Residence registeredInKhanhHoa = new Results.Residence("KH-0001", "Số 3 Trần Phú, Nha Trang", "056",
                "Phường Nha Trang", LocalDate.parse("2025-03-17"));

        assertThat(BirthGroup.destinationProvince(deliveredTo(a, "079"), registeredInKhanhHoa)).isEqualTo("079");
        assertThat(BirthGroup.destinationProvince(a, registeredInKhanhHoa)).isEqualTo("056");
        assertThat(BirthGroup.destinationProvince(ofHouseholdIn(a, "048"), null)).isEqualTo("048");
        assertThat(BirthGroup.destinationProvince(ofHouseholdIn(a, null), null)).isEqualTo("001");
    }

    @Test
    void resultsDispatchedBeforeTheDueDateAreEarlyAndDeliveryCompletesTheDossier() {
        Saga saga = returningResults();
        Saga dispatched = ENGINE.on(saga, dispatched(saga), NOW).saga();
        assertThat(dispatched.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(dispatched.results().shipment().trackingNumber()).isEqualTo("RR000000015VN");

        Transition delivered = ENGINE.on(dispatched, delivered(dispatched), NOW);
        assertThat(delivered.saga().status()).isEqualTo(DossierStatus.COMPLETED);
        assertThat(delivered.saga().results().shipment().status()).isEqualTo("DELIVERED");
        assertThat(delivered.messages()).singleElement().extracting(Transition.Outgoing::message)
                .isInstanceOfSatisfying(DossierStatusChanged.class, e -> {
                    assertThat(e.status()).isEqualTo("COMPLETED");
                    assertThat(e.timeliness()).isEqualTo("EARLY");
                });
    }

    @Test
    void timelinessComparesTheReturnDayWithTheDueDate() {
        assertThat(Timeliness.of(DUE.minusDays(1), DUE)).isEqualTo(Timeliness.EARLY);
        assertThat(Timeliness.of(DUE, DUE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(DUE.plusDays(1), DUE)).isEqualTo(Timeliness.LATE);
        Saga saga = returningResults();
        Instant afterDue = DUE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        assertThat(ENGINE.on(saga, dispatched(saga), afterDue).saga().timeliness()).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aRefusedBirthRefusesTheDossierAndNothingElseRuns() {
        Saga saga = aFullDossierStarted();
        Transition next = ENGINE.on(saga, new BirthRegistrationRefused(id(saga), refusal("DUPLICATE_BIRTH")),
                NOW);

        assertThat(next.saga().status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(next.saga().step(BIRTH_REGISTRATION).orElseThrow().refusal().code()).isEqualTo("DUPLICATE_BIRTH");
        assertThat(next.saga().steps()).filteredOn(s -> s.procedure() != BIRTH_REGISTRATION)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.CANCELLED));
        assertThat(commands(next)).isEmpty();
    }

    @Test
    void aRefusedResidenceDoesNotStopTheCardWhichUsesTheProvinceOfTheBirthRegistration() {
        Saga saga = afterBirth(aFullDossierStarted());
        Transition next = ENGINE.on(saga, new ResidenceRefused(id(saga), refusal("NOT_A_MEMBER")), NOW);

        assertThat(status(next.saga(), PERMANENT_RESIDENCE)).isEqualTo(StepStatus.REFUSED);
        assertThat(commands(next)).singleElement().isInstanceOfSatisfying(IssueHealthInsuranceCard.class, c -> {
            assertThat(c.provinceCode()).isEqualTo("001");
            assertThat(c.commune()).isNull();
        });
    }

    @Test
    void refusedStepsStillLetTheOtherResultsOutAndTheDossierEndsPartiallyCompleted() {
        Saga saga = afterBirth(aFullDossierStarted());
        saga = ENGINE.on(saga, new ResidenceRefused(id(saga), refusal("NOT_A_MEMBER")), NOW).saga();
        Transition cardRefused = ENGINE.on(saga,
                new HealthInsuranceCardRefused(id(saga), refusal("FACILITY_ELSEWHERE")), NOW);
        assertThat(commands(cardRefused)).singleElement().isInstanceOfSatisfying(DispatchResults.class, d ->
                assertThat(d.documents()).extracting(ResultDocument::kind).containsExactly("BIRTH_CERTIFICATE_EXTRACT"));

        saga = cardRefused.saga();
        saga = ENGINE.on(saga, dispatched(saga), NOW).saga();
        Saga closed = ENGINE.on(saga, delivered(saga), NOW).saga();
        assertThat(closed.status()).isEqualTo(DossierStatus.PARTIALLY_COMPLETED);
        assertThat(closed.step(PERMANENT_RESIDENCE).orElseThrow().refusal().code()).isEqualTo("NOT_A_MEMBER");
        assertThat(closed.step(HEALTH_INSURANCE_CARD).orElseThrow().refusal().code()).isEqualTo("FACILITY_ELSEWHERE");
    }

    @Test
    void onlyRequestedProceduresRun() {
        Saga saga = ENGINE.start(aDossierRequesting(HEALTH_INSURANCE_CARD), RECEIVED).saga();
        assertThat(saga.steps()).extracting(Step::procedure)
                .containsExactly(BIRTH_REGISTRATION, HEALTH_INSURANCE_CARD, RESULTS_DELIVERY);
        Transition next = ENGINE.on(saga, birthRegistered(saga), NOW);
        assertThat(commands(next)).singleElement().isInstanceOf(IssueHealthInsuranceCard.class);
    }

    @Test
    void aSupplementRequestPausesTheDossierUntilTheOfficerAnswers() {
        Saga saga = afterBirth(aFullDossierStarted());
        Transition paused = ENGINE.on(saga, new ResidenceSupplementRequested(id(saga),
                List.of("household registration book"), "bring the book"), NOW);
        LocalDate lastDay = LocalDate.parse("2025-03-26"); // 7 working days after Monday 17 March
        assertThat(paused.saga().status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(paused.saga().step(PERMANENT_RESIDENCE).orElseThrow().supplementDue()).isEqualTo(lastDay);
        assertThat(paused.timers()).containsExactly(
                new Transition.Timer(Transition.Timer.Kind.SUPPLEMENT_DEADLINE, PERMANENT_RESIDENCE, lastDay));

        Transition resumed = ENGINE.supplement(paused.saga(), PERMANENT_RESIDENCE, "brought it",
                List.of(new Document("household book", "scan-1")), NOW);
        assertThat(resumed.saga().status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(commands(resumed)).singleElement().isInstanceOf(SupplementResidenceApplication.class);
        // The deadline of a supplement already given changes nothing.
        assertThat(ENGINE.supplementDeadlinePassed(resumed.saga(), PERMANENT_RESIDENCE, lastDay, NOW).saga())
                .isEqualTo(resumed.saga());
    }

    @Test
    void noSupplementWithinTheDeadlineRefusesTheStepAndClosesItInItsService() {
        Saga saga = afterBirth(aFullDossierStarted());
        saga = ENGINE.on(saga, residenceRegistered(saga), NOW).saga();
        Saga paused = ENGINE.on(saga, new HealthInsuranceSupplementRequested(id(saga), List.of("TK1-TS"),
                null), NOW).saga();
        LocalDate lastDay = paused.step(HEALTH_INSURANCE_CARD).orElseThrow().supplementDue();

        Transition expired = ENGINE.supplementDeadlinePassed(paused, HEALTH_INSURANCE_CARD, lastDay, NOW);
        assertThat(expired.saga().step(HEALTH_INSURANCE_CARD).orElseThrow().refusal().code())
                .isEqualTo(SagaEngine.SUPPLEMENT_NOT_PROVIDED);
        assertThat(commands(expired)).extracting(Object::getClass).containsExactly(
                (Class) CancelHealthInsuranceCard.class, DispatchResults.class);
    }

    @Test
    void aSupplementForAStepThatAskedForNoneIsRefused() {
        Saga saga = aFullDossierStarted();
        assertThatThrownBy(() -> ENGINE.supplement(saga, PERMANENT_RESIDENCE, "note", List.of(), NOW))
                .isInstanceOfSatisfying(SagaRefusal.class, r -> assertThat(r.code()).isEqualTo("no-supplement-requested"));
    }

    @Test
    void withdrawalCancelsTheRunningStepInItsServiceAndTheWaitingOnesAtOnce() {
        Saga saga = afterBirth(aFullDossierStarted());
        Transition withdrawn = ENGINE.withdraw(saga, "family moved", NOW);

        assertThat(withdrawn.saga().status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(status(withdrawn.saga(), BIRTH_REGISTRATION)).isEqualTo(StepStatus.DONE);
        assertThat(status(withdrawn.saga(), PERMANENT_RESIDENCE)).isEqualTo(StepStatus.CANCELLING);
        assertThat(status(withdrawn.saga(), HEALTH_INSURANCE_CARD)).isEqualTo(StepStatus.CANCELLED);
        assertThat(status(withdrawn.saga(), RESULTS_DELIVERY)).isEqualTo(StepStatus.CANCELLED);
        assertThat(commands(withdrawn)).singleElement().isInstanceOf(CancelResidenceApplication.class);

        Saga cancelled = ENGINE.on(withdrawn.saga(), new ResidenceApplicationCancelled(id(saga)), NOW).saga();
        assertThat(status(cancelled, PERMANENT_RESIDENCE)).isEqualTo(StepStatus.CANCELLED);
        assertThat(cancelled.status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void aStepDecidedBeforeTheCancellationArrivedKeepsItsDecision() {
        Saga saga = afterBirth(aFullDossierStarted());
        Saga withdrawn = ENGINE.withdraw(saga, "family moved", NOW).saga();
        Transition refused = ENGINE.on(withdrawn, new ResidenceCancellationRefused(id(saga),
                refusal("ALREADY_DECIDED")), NOW);
        assertThat(status(refused.saga(), PERMANENT_RESIDENCE)).isEqualTo(StepStatus.CANCELLING);

        Transition decided = ENGINE.on(refused.saga(), residenceRegistered(saga), NOW);
        assertThat(status(decided.saga(), PERMANENT_RESIDENCE)).isEqualTo(StepStatus.DONE);
        assertThat(decided.saga().status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(commands(decided)).isEmpty();
    }

    @Test
    void withdrawingABirthInProgressAsksTheRegistryToCancelIt() {
        Saga saga = aFullDossierStarted();
        Transition withdrawn = ENGINE.withdraw(saga, "mistake", NOW);
        assertThat(commands(withdrawn)).singleElement().isInstanceOf(CancelBirthRegistration.class);
        Saga refusedCancel = ENGINE.on(withdrawn.saga(), new BirthRegistrationCancellationRefused(id(saga),
                refusal("LEGAL_RECORD")), NOW).saga();
        assertThat(status(refusedCancel, BIRTH_REGISTRATION)).isEqualTo(StepStatus.CANCELLING);
        Saga cancelled = ENGINE.on(withdrawn.saga(), new BirthRegistrationCancelled(id(saga)), NOW).saga();
        assertThat(status(cancelled, BIRTH_REGISTRATION)).isEqualTo(StepStatus.CANCELLED);
    }

    @Test
    void aCardCancellationIsRecordedOrRefusedLikeTheOthers() {
        Saga withCardInProgress = awaitingCard();
        Saga withdrawn = ENGINE.withdraw(withCardInProgress, "moved abroad", NOW).saga();
        assertThat(status(ENGINE.on(withdrawn, new HealthInsuranceCardCancelled(id(withdrawn)), NOW).saga(),
                HEALTH_INSURANCE_CARD)).isEqualTo(StepStatus.CANCELLED);
        assertThat(status(ENGINE.on(withdrawn, new HealthInsuranceCancellationRefused(id(withdrawn),
                refusal("CARD_ISSUED")), NOW).saga(), HEALTH_INSURANCE_CARD)).isEqualTo(StepStatus.CANCELLING);
    }

    @Test
    void aDossierWhoseResultsAreLeavingCannotBeWithdrawn() {
        Saga saga = returningResults();
        assertThatThrownBy(() -> ENGINE.withdraw(saga, "too late", NOW))
                .isInstanceOfSatisfying(SagaRefusal.class,
                        r -> assertThat(r.code()).isEqualTo("results-already-returning"));
    }

    @Test
    void aDuplicateReplyChangesNothingAndSendsNothing() {
        Saga started = aFullDossierStarted();
        Saga once = afterBirth(started);
        Transition twice = ENGINE.on(once, birthRegistered(started), NOW);
        assertThat(twice.saga()).isEqualTo(once);
        assertThat(twice.messages()).isEmpty();
        assertThat(twice.timeline()).singleElement().extracting(Transition.Entry::what).asString()
                .startsWith("ignored");
    }

    @Test
    void aDeliveryReportedBeforeItsDispatchNeverMovesTheDossierBack() {
        Saga saga = returningResults();
        Saga delivered = ENGINE.on(saga, delivered(saga), NOW).saga();
        assertThat(delivered.status()).isEqualTo(DossierStatus.COMPLETED);

        Transition lateDispatch = ENGINE.on(delivered, dispatched(saga), NOW);
        assertThat(lateDispatch.saga().status()).isEqualTo(DossierStatus.COMPLETED);
        assertThat(lateDispatch.saga().results().shipment().status()).isEqualTo("DELIVERED");
        assertThat(lateDispatch.saga().results().shipment().fee()).isNotNull();
        assertThat(commands(lateDispatch)).isEmpty();
    }

    @Test
    void aFailedDeliveryLeavesTheResultsWaitingAtTheDesk() {
        Saga saga = returningResults();
        saga = ENGINE.on(saga, dispatched(saga), NOW).saga();
        Saga failed = ENGINE.on(saga, new DeliveryFailed(id(saga), "RR000000015VN", 3, "nobody home"), NOW)
                .saga();
        assertThat(failed.status()).isEqualTo(DossierStatus.RETURNING_RESULTS);
        assertThat(failed.results().shipment().status()).isEqualTo("RETURNED");
        assertThat(ENGINE.on(failed, delivered(failed), NOW).saga().status()).isEqualTo(DossierStatus.COMPLETED);
    }

    @Test
    void aDossierThatWillBeLateGetsOneApologyWithANewAppointment() {
        Saga saga = afterBirth(aFullDossierStarted());
        Transition apology = ENGINE.apologiseIfLate(saga, DUE.minusDays(1), 2, NOW);
        assertThat(apology.saga().newAppointmentDate()).isEqualTo(LocalDate.parse("2025-03-24"));
        assertThat(apology.messages()).singleElement().extracting(Transition.Outgoing::message)
                .isInstanceOfSatisfying(DossierDelayApologised.class, e -> {
                    assertThat(e.originalDueDate()).isEqualTo(DUE);
                    assertThat(e.newAppointmentDate()).isEqualTo(LocalDate.parse("2025-03-24"));
                });
        assertThat(ENGINE.apologiseIfLate(apology.saga(), DUE, 2, NOW).messages()).isEmpty();
    }

    @Test
    void aDossierWhoseResultsLeftNeedsNoApology() {
        assertThat(ENGINE.apologiseIfLate(returningResults(), DUE.minusDays(1), 2, NOW).messages()).isEmpty();
    }

    @Test
    void aStepPastItsDueDateIsNotedOnTheTimeline() {
        Saga saga = aFullDossierStarted();
        assertThat(ENGINE.stepDuePassed(saga, BIRTH_REGISTRATION, NOW).timeline()).singleElement()
                .extracting(Transition.Entry::what).asString().startsWith("step overdue");
        assertThat(ENGINE.stepDuePassed(afterBirth(saga), BIRTH_REGISTRATION, NOW).timeline()).isEmpty();
    }

    @Test
    void eventsOutsideTheGroupAreIgnored() {
        Saga saga = aFullDossierStarted();
        Transition next = ENGINE.on(saga, new ProbeAnswered(id(saga), "x", NOW), NOW);
        assertThat(next.saga()).isEqualTo(saga);
        assertThat(next.messages()).isEmpty();
    }

    @Test
    void aSupplementToTheCardStepIsForwardedToTheInsuranceOffice() {
        Saga saga = awaitingCard();
        Saga paused = ENGINE.on(saga, new HealthInsuranceSupplementRequested(id(saga), List.of("photo"),
                null), NOW).saga();
        assertThat(commands(ENGINE.supplement(paused, HEALTH_INSURANCE_CARD, "here", List.of(), NOW)))
                .singleElement().isInstanceOf(SupplementHealthInsuranceDeclaration.class);
    }

    @Test
    void theDossierCodeFollowsCircular01() {
        assertThat(DossierCode.of("000.26.45.H26", LocalDate.parse("2025-03-17"), 7).value())
                .isEqualTo("000.26.45.H26-250317-0007");
        assertThatThrownBy(() -> DossierCode.of("000.26.45.H26", LocalDate.parse("2025-03-17"), 10000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The application with the delivery's structured province set. */
    private static Application deliveredTo(Application a, String provinceCode) {
        Application.DeliveryRequest d = a.delivery();
        return new Application(a.unitCode(), a.unitProvinceCode(), a.regime(), a.procedures(), a.child(), a.mother(),
                a.father(), a.declarant(), a.residence(), a.primaryCareFacilityCode(),
                new Application.DeliveryRequest(d.method(), d.recipientName(), d.address(), d.phone(), d.beneficiary(),
                        provinceCode, "Phường Bến Nghé", "Số 1 Lê Lợi"));
    }

    /** The application whose household the desk's check found in this province (null: not checked). */
    private static Application ofHouseholdIn(Application a, @org.jspecify.annotations.Nullable String provinceCode) {
        Application.ResidenceRequest r = java.util.Objects.requireNonNull(a.residence());
        return new Application(a.unitCode(), a.unitProvinceCode(), a.regime(), a.procedures(), a.child(), a.mother(),
                a.father(), a.declarant(), new Application.ResidenceRequest(r.householdNumber(), r.relationshipToHead(),
                provinceCode), a.primaryCareFacilityCode(), a.delivery());
    }
}
