package vn.lienthong.orchestrator.intake;

import feign.FeignException;
import feign.RetryableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.orchestrator.dossier.DossierSaga;
import vn.lienthong.orchestrator.dossier.NewDossier;
import vn.lienthong.orchestrator.saga.Application;
import vn.lienthong.orchestrator.saga.Procedure;
import vn.lienthong.orchestrator.saga.Regime;
import vn.lienthong.orchestrator.saga.Saga;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.text.VietnameseText;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;
import vn.lienthong.platform.web.DomainException;

/**
 * The one-stop desk's intake: the rules a dossier must meet before it is received, the household pre-check, the
 * appointment, and idempotent submission. Nothing is stored for a refused request.
 */
@Service
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    private static final JsonMapper canonical = JsonMapper.builder().build();

    private final Units units;
    private final HouseholdRegistry households;
    private final ServiceLevels serviceLevels;
    private final WorkingCalendar calendar;
    private final DossierSaga sagas;
    private final Clock clock;

    Intake(Units units, HouseholdRegistry households, ServiceLevels serviceLevels, WorkingCalendar calendar,
           DossierSaga sagas, Clock clock) {
        this.units = units;
        this.households = households;
        this.serviceLevels = serviceLevels;
        this.calendar = calendar;
        this.sagas = sagas;
        this.clock = clock;
    }

    /** What the desk says about the household: checked now, not needed, or left to the residence step. */
    enum HouseholdCheck { PASSED, NOT_REQUIRED, DEFERRED }

    /** The desk's check of the household, and the household's province when the register named it. */
    private record Household(HouseholdCheck check, @Nullable String provinceCode) {
    }

    record Receipt(Saga saga, Unit unit, HouseholdCheck householdCheck, boolean replayed) {
    }

    Receipt submit(IntakeRequest request, @Nullable String idempotencyKey) {
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = earlier(idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        Unit unit = units.find(request.unitCode()).orElseThrow(() -> new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT, "unknown-unit", "Unknown receiving unit",
                "No receiving unit has the code " + request.unitCode()));
        Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
        request.procedures().forEach(p -> procedures.add(Procedure.valueOf(p)));
        if (!procedures.contains(Procedure.BIRTH_REGISTRATION)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "birth-registration-required",
                    "Birth registration is required", "A linked birth dossier always includes BIRTH_REGISTRATION");
        }
        LocalDate today = now.atZone(WorkingCalendar.VIETNAM).toLocalDate();
        LocalDate born = LocalDate.parse(request.child().dateOfBirth());
        if (born.isAfter(today)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "birth-date-in-the-future",
                    "Date of birth in the future", "The child's date of birth is after today");
        }
        if (procedures.contains(Procedure.HEALTH_INSURANCE_CARD) && !born.plusYears(6).isAfter(today)) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "child-too-old-for-health-insurance",
                    "Child is 6 or older", "The state-paid BHYT card of this procedure is for children under 6");
        }
        Household household = checkHousehold(request, procedures);
        Regime regime = request.regime() == null ? serviceLevels.defaultRegime() : Regime.valueOf(request.regime());
        ServiceLevels.Appointment appointment = serviceLevels.appointment(regime, procedures, now, calendar);
        NewDossier dossier = new NewDossier(UUID.randomUUID(), now,
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
    private Household checkHousehold(IntakeRequest request, Set<Procedure> procedures) {
        IntakeRequest.Residence residence = request.residence();
        if (!procedures.contains(Procedure.PERMANENT_RESIDENCE) || residence == null) {
            return new Household(HouseholdCheck.NOT_REQUIRED, null);
        }
        List<String> people = new ArrayList<>(List.of(request.mother().personalIdNumber(),
                request.declarant().personalIdNumber()));
        if (request.father() != null) {
            people.add(request.father().personalIdNumber());
        }
        HouseholdRegistry.MembershipCheck answer;
        try {
            answer = households.check(new HouseholdRegistry.MembershipQuestion(residence.householdNumber(), people));
        } catch (RetryableException | FeignException.FeignServerException e) {
            log.warn("Household pre-check unavailable ({}); left to the residence step", e.getClass().getSimpleName());
            return new Household(HouseholdCheck.DEFERRED, null);
        } catch (OAuth2AuthorizationException | FeignException.Unauthorized | FeignException.Forbidden e) {
            // No service token (identity provider unreachable) or the register refused ours: a fault of the
            // platform, not of the dossier, so the desk keeps working; the log says which.
            log.warn("Household pre-check not authorised ({}); left to the residence step",
                    e.getClass().getSimpleName());
            return new Household(HouseholdCheck.DEFERRED, null);
        }
        if (!answer.householdExists()) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "household-not-found", "No such household",
                    "No household has the number " + residence.householdNumber());
        }
        if (answer.memberPersonalIdNumbers() == null || answer.memberPersonalIdNumbers().isEmpty()) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-household-member",
                    "Not a member of the household",
                    "Neither a parent nor the declarant is a member of household " + residence.householdNumber());
        }
        String province = answer.provinceCode();
        return new Household(HouseholdCheck.PASSED,
                province != null && province.matches(IntakeRequest.PROVINCE_CODE) ? province : null);
    }

    private static Application application(IntakeRequest r, Unit unit, Regime regime, Set<Procedure> procedures,
                                           @Nullable String householdProvinceCode) {
        IntakeRequest.Child c = r.child();
        IntakeRequest.Delivery d = r.delivery();
        IntakeRequest.Beneficiary b = d.beneficiary();
        return new Application(unit.code(), unit.provinceCode(), regime, procedures,
                new Child(text(c.fullName()), Sex.valueOf(c.sex()), LocalDate.parse(c.dateOfBirth()),
                        text(c.placeOfBirth()), text(c.ethnicity()), c.nationality()),
                parent(r.mother()), r.father() == null ? null : parent(r.father()),
                new Declarant(text(r.declarant().fullName()), r.declarant().personalIdNumber(),
                        r.declarant().relationship(), r.declarant().phone()),
                r.residence() == null ? null : new Application.ResidenceRequest(r.residence().householdNumber(),
                        r.residence().relationshipToHead(), householdProvinceCode),
                r.healthInsurance() == null ? null : r.healthInsurance().primaryCareFacilityCode(),
                new Application.DeliveryRequest(DeliveryMethod.valueOf(d.method()), text(d.recipientName()),
                        optionalText(d.address()), d.phone(),
                        b == null ? null : new Beneficiary(b.category(), b.certificateNumber()),
                        d.provinceCode(), optionalText(d.commune()), optionalText(d.street())));
    }

    private static Parent parent(IntakeRequest.Person p) {
        return new Parent(text(p.fullName()), p.personalIdNumber(), LocalDate.parse(p.dateOfBirth()));
    }

    /** Text as stored (DESIGN.md rule 10): NFC, whatever form it was typed in, with its spacing tidied. */
    private static String text(String typed) {
        return VietnameseText.stored(typed);
    }

    private static @Nullable String optionalText(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : VietnameseText.stored(typed);
    }

    /** The request as canonical JSON, hashed: the same body gives the same hash, whatever its formatting. */
    private static String hash(IntakeRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
