package vn.lienthong.residence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.residence.application.ResidenceRegistrations;
import vn.lienthong.residence.domain.population.Person;
import vn.lienthong.residence.domain.registration.ApplicationId;
import vn.lienthong.residence.domain.registration.ApplicationStatus;
import vn.lienthong.residence.domain.registration.DecidedBy;
import vn.lienthong.residence.domain.registration.Decider;
import vn.lienthong.residence.domain.registration.Decision;
import vn.lienthong.residence.domain.registration.PermanentResidenceApplication;
import vn.lienthong.residence.domain.registration.Residence;
import vn.lienthong.residence.persistence.PopulationRegistry;
import vn.lienthong.residence.persistence.ResidenceApplications;
import vn.lienthong.residence.web.Inputs.OneOf;
import vn.lienthong.residence.web.Inputs.PlainText;

/**
 * The police officers' side: the list of applications, most urgent first, and their decisions. Police of the
 * application's unit only (DESIGN.md §6): another unit's application answers 404 as if it did not exist, a list
 * asked for another unit 403, a list without a unit the caller's own unit's applications.
 */
@RestController
@RequestMapping(path = "/api/v1/residence-applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Residence applications")
@PreAuthorize("hasRole('POLICE_OFFICER')")
class ResidenceApplicationController {

    record DecisionBody(
            @Schema(allowableValues = {"APPROVE", "REFUSE", "REQUEST_SUPPLEMENT"}, example = "APPROVE") @NotNull
            @OneOf(value = {"APPROVE", "REFUSE", "REQUEST_SUPPLEMENT"},
                    message = "must be APPROVE, REFUSE or REQUEST_SUPPLEMENT") String decision,
            @Schema(example = "Hồ sơ đủ điều kiện đăng ký thường trú") @Size(max = 2000) @PlainText
            @Nullable String reason,
            @Size(max = 30)
            @Nullable List<@NotNull @Size(min = 1, max = 300) @PlainText(allowBlank = false) String> missingItems) {
    }

    record ChildView(String personalIdNumber, @Nullable String fullName, @Nullable LocalDate dateOfBirth,
                     @Nullable Sex sex) {
    }

    /**
     * An application as the police see it. {@code decidedBy}: the deciding officer's username, or {@code POLICY} for
     * an automatic decision (the auto-approval policy or the checks at receipt); {@code decisionBasis}: OFFICER,
     * POLICY or CHECKS.
     */
    record ApplicationView(
            UUID id, UUID dossierId, @Nullable String dossierCode, @Nullable String unitCode,
            ApplicationStatus status, @Nullable ChildView child, @Nullable String householdNumber,
            @Nullable String relationshipToHead, @Nullable String motherPersonalIdNumber,
            @Nullable String fatherPersonalIdNumber, Instant receivedAt, @Nullable LocalDate dueDate,
            boolean dueDateProvisional, @Nullable Instant decidedAt, @Nullable String decidedBy,
            @Nullable DecidedBy decisionBasis, @Nullable Refusal refusal, List<String> missingItems,
            @Nullable String supplementRequestNote, int supplementRounds, @Nullable Residence residence,
            @Nullable List<ResidenceApplications.Change> history) {
    }

    private final ResidenceApplications applications;
    private final ResidenceRegistrations registrations;
    private final PopulationRegistry population;

    ResidenceApplicationController(ResidenceApplications applications, ResidenceRegistrations registrations,
                                   PopulationRegistry population) {
        this.applications = applications;
        this.registrations = registrations;
        this.population = population;
    }

    @GetMapping
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "List applications, most urgent first (earliest due date, then earliest received)")
    List<ApplicationView> listApplications(
            @RequestParam(name = "dossierCode", required = false) @Size(max = 40) @PlainText
            @Nullable String dossierCode,
            @RequestParam(name = "status", required = false)
            @Parameter(schema = @Schema(type = "string",
                    allowableValues = {"PENDING", "AWAITING_SUPPLEMENT", "APPROVED", "REFUSED", "CANCELLED"}))
            @OneOf(value = {"PENDING", "AWAITING_SUPPLEMENT", "APPROVED", "REFUSED", "CANCELLED"},
                    message = "must be PENDING, AWAITING_SUPPLEMENT, APPROVED, REFUSED or CANCELLED")
            @Nullable String status,
            @RequestParam(name = "unitCode", required = false) @Size(max = 40) @PlainText @Nullable String unitCode,
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(500) int limit,
            Caller caller) {
        if (unitCode != null) {
            Access.requireUnit(caller, unitCode);
        }
        // Never another unit's applications: without a filter, the caller's own unit's.
        var filter = new ResidenceApplications.Filter(dossierCode, status == null ? null : ApplicationStatus.valueOf(status),
                ownUnit(caller), limit);
        return applications.search(filter).stream().map(a -> view(a, null)).toList();
    }

    @GetMapping("/{id}")
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Read an application with its history")
    ApplicationView readApplication(@PathVariable("id") UUID id, Caller caller) {
        var application = applications.find(ApplicationId.of(id)).filter(a -> ofCallersUnit(a, caller))
                .orElseThrow(ResidenceRegistrations::notFound);
        return view(application, applications.history(application.id()));
    }

    @PostMapping("/{id}/decision")
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Decide: APPROVE, REFUSE (with a reason) or REQUEST_SUPPLEMENT (with the missing items)",
            description = "A REQUEST_SUPPLEMENT without missingItems requests its reason as the one missing item. "
                    + "Deciding again the same way answers 200 and changes nothing; deciding otherwise, 409.")
    ApplicationView decideApplication(@PathVariable("id") UUID id, @Valid @RequestBody DecisionBody body,
                                      Caller caller) {
        // The unit of an application never changes, so it can be checked before the decision locks the row.
        var applicationId = ApplicationId.of(id);
        if (applications.find(applicationId).filter(a -> ofCallersUnit(a, caller)).isEmpty()) {
            throw ResidenceRegistrations.notFound();
        }
        var decision = new Decision(Decision.Kind.valueOf(body.decision()), body.reason(),
                body.missingItems() == null ? List.of() : body.missingItems().stream().map(String::strip).toList());
        var application = registrations.decide(applicationId, decision, caller.username());
        return view(application, applications.history(applicationId));
    }

    /** The caller's unit code as the applications carry it (the token's claim may differ in case). */
    private static String ownUnit(Caller caller) {
        String unit = caller.unitCode();
        if (unit == null) {
            throw Access.forbidden("Your account is not an officer of a unit.");
        }
        return unit.toUpperCase(Locale.ROOT);
    }

    private static boolean ofCallersUnit(PermanentResidenceApplication application, Caller caller) {
        var request = application.request();
        return request != null && caller.worksFor(request.unitCode());
    }

    private ApplicationView view(PermanentResidenceApplication application,
                                 @Nullable List<ResidenceApplications.Change> history) {
        var request = application.request();
        ChildView child = null;
        if (request != null) {
            Person person = population.find(request.childPersonalIdNumber()).orElse(null);
            child = new ChildView(request.childPersonalIdNumber(), person == null ? null : person.fullName(),
                    person == null ? null : person.dateOfBirth(), person == null ? null : person.sex());
        }
        var due = application.dueDate();
        Decider decider = application.decidedBy();
        return new ApplicationView(application.id().value(), application.dossierId().value(),
                request == null ? null : request.dossierCode(), request == null ? null : request.unitCode(),
                application.status(), child, request == null ? null : request.householdNumber(),
                request == null ? null : request.relationshipToHead(),
                request == null ? null : request.motherPersonalIdNumber(),
                request == null ? null : request.fatherPersonalIdNumber(), application.receivedAt(),
                due == null ? null : due.date(), due != null && due.provisional(), application.decidedAt(),
                decider == null ? null : decider.shownAs(), decider == null ? null : decider.basis(),
                application.refusal(), application.missingItems(),
                application.supplementRequestNote(), application.supplementRounds(), application.residence(), history);
    }
}
