package vn.lienthong.orchestrator.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lienthong.orchestrator.clients.Households;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Regime;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.domain.ServiceLevels;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;
import vn.lienthong.platform.web.DomainException;

/**
 * The one-stop desk's intake: the rules a dossier must meet before it is received, the household pre-check, the
 * appointment, and idempotent submission. Nothing is stored for a refused request.
 */
@Service
public class Intake {

    private final Units units;
    private final Households households;
    private final ServiceLevels serviceLevels;
    private final WorkingCalendar calendar;
    private final DossierSaga sagas;
    private final Clock clock;

    Intake(Units units, Households households, ServiceLevels serviceLevels, WorkingCalendar calendar,
           DossierSaga sagas, Clock clock) {
        this.units = units;
        this.households = households;
        this.serviceLevels = serviceLevels;
        this.calendar = calendar;
        this.sagas = sagas;
        this.clock = clock;
    }

    /** What the desk says about the household: checked now, not needed, or left to the residence step. */
    public enum HouseholdCheck { PASSED, NOT_REQUIRED, DEFERRED }

    /** The desk's check of the household, and the household's province when the register named it. */
    private record Household(HouseholdCheck check, @Nullable String provinceCode) {
    }

    public record Receipt(Saga saga, Unit unit, HouseholdCheck householdCheck, boolean replayed) {
    }

    public Receipt submit(Submission request, @Nullable String idempotencyKey) {
        String hash = request.requestHash();
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = earlier(idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        Unit unit = units.find(request.unitCode()).orElseThrow(() -> new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT, "unknown-unit", "Unknown receiving unit",
                "No receiving unit has this code."));
        Set<Procedure> procedures = request.procedures();
        if (!procedures.contains(Procedure.BIRTH_REGISTRATION)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "birth-registration-required",
                    "Birth registration is required", "A linked birth dossier always includes BIRTH_REGISTRATION");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate born = request.child().dateOfBirth();
        if (born.isAfter(today)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "birth-date-in-the-future",
                    "Date of birth in the future", "The child's date of birth is after today");
        }
        if (procedures.contains(Procedure.HEALTH_INSURANCE_CARD) && !born.plusYears(6).isAfter(today)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "child-too-old-for-health-insurance",
                    "Child is 6 or older", "The state-paid BHYT card of this procedure is for children under 6");
        }
        Household household = checkHousehold(request, procedures);
        Regime regime = request.regime() == null ? serviceLevels.defaultRegime() : request.regime();
        ServiceLevels.Appointment appointment = serviceLevels.appointment(regime, procedures, now, calendar);
        NewDossier dossier = new NewDossier(DossierId.of(UUID.randomUUID()), now,
                application(request, unit, regime, procedures, household.provinceCode()),
                appointment.dossier().date(), appointment.dossier().provisional(), appointment.steps(),
                idempotencyKey, hash, household.check().name());
        try {
            return new Receipt(sagas.receive(dossier), unit, household.check(), false);
        } catch (DuplicateKeyException raced) {
            // The same key submitted twice at once: the other request won, so answer with its dossier.
            return earlier(Objects.requireNonNull(idempotencyKey), hash).orElseThrow(() -> raced);
        }
    }

    private Optional<Receipt> earlier(String idempotencyKey, String hash) {
        return sagas.submitted(idempotencyKey).map(submitted -> {
            if (!submitted.requestHash().equals(hash)) {
                throw new DomainException(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency key reused",
                        "This Idempotency-Key was already used for a different request");
            }
            Saga saga = submitted.saga();
            Unit unit = units.find(saga.application().unitCode()).orElseThrow();
            return new Receipt(saga, unit, HouseholdCheck.valueOf(submitted.householdCheck()), true);
        });
    }

    /**
     * The household must exist and hold a parent or the declarant. When residence-service cannot answer, the desk
     * keeps working: the dossier is received and the residence step checks the household itself.
     */
    private Household checkHousehold(Submission request, Set<Procedure> procedures) {
        Submission.Household residence = request.household();
        if (!procedures.contains(Procedure.PERMANENT_RESIDENCE) || residence == null) {
            return new Household(HouseholdCheck.NOT_REQUIRED, null);
        }
        List<String> people = new ArrayList<>(List.of(request.mother().personalIdNumber(),
                request.declarant().personalIdNumber()));
        if (request.father() != null) {
            people.add(request.father().personalIdNumber());
        }
        Optional<Households.Membership> asked;
        try {
            asked = households.membership(residence.householdNumber(), people);
        } catch (Households.QuestionRefused refused) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "household-number-refused",
                    "Household number refused", "The household register refused the household number as written.");
        } catch (Households.UnusableAnswer unusable) {
            throw new ResidenceUnavailable();
        }
        if (asked.isEmpty()) {
            return new Household(HouseholdCheck.DEFERRED, null);
        }
        Households.Membership answer = asked.get();
        if (!answer.householdExists()) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "household-not-found", "No such household",
                    "No household has the number given.");
        }
        if (answer.memberPersonalIdNumbers() == null || answer.memberPersonalIdNumbers().isEmpty()) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-household-member",
                    "Not a member of the household",
                    "Neither a parent nor the declarant is a member of the household given.");
        }
        String province = answer.provinceCode();
        return new Household(HouseholdCheck.PASSED,
                province != null && province.matches(Application.PROVINCE_CODE) ? province : null);
    }

    private static Application application(Submission s, Unit unit, Regime regime, Set<Procedure> procedures,
                                           @Nullable String householdProvinceCode) {
        Submission.Household household = s.household();
        return new Application(unit.code(), unit.provinceCode(), regime, procedures, s.child(), s.mother(),
                s.father(), s.declarant(),
                household == null ? null : new Application.ResidenceRequest(household.householdNumber(),
                        household.relationshipToHead(), householdProvinceCode),
                s.primaryCareFacilityCode(), s.delivery());
    }
}
