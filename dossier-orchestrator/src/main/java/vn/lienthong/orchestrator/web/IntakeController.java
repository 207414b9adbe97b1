package vn.lienthong.orchestrator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.orchestrator.application.Intake;
import vn.lienthong.orchestrator.application.ResidenceUnavailable;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.platform.audit.AuditFilter;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.security.Role;
import vn.lienthong.platform.web.IdempotencyKey;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/** {@code POST /api/v1/dossiers} (pinned) and the receiving units. */
@RestController
// A client that accepts no JSON is refused before the dossier is received, not after (issue 13's fuzzer).
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class IntakeController {

    private final Intake intake;
    private final Units units;

    IntakeController(Intake intake, Units units) {
        this.intake = intake;
        this.units = units;
    }

    /**
     * The appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả): the dossier code, its due date, each step's,
     * and what the desk could check of the household.
     */
    record ReceiptSlip(String dossierCode, String status, Instant receivedAt, LocalDate dueDate,
                       boolean dueDateProvisional, String regime, UnitView unit, List<DossierView.StepView> steps,
                       String householdCheck, @Nullable String note) {
    }

    record UnitView(String code, String name, String provinceCode, String commune) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.name(), unit.provinceCode(), unit.commune());
        }
    }

    @PostMapping("/api/v1/dossiers")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Receive a linked birth dossier (birth, permanent residence, BHYT card, return of results)")
    @Tag(name = "Dossier intake")
    @ApiResponse(responseCode = "201", description = "Received: the appointment slip; Location names the dossier.")
    @ApiResponse(responseCode = "422", description = "A rule of the intake refused the dossier (unknown unit, birth "
            + "registration missing, date of birth in the future, child too old for the card, household not found "
            + "or refused by the register).")
    @ApiResponse(responseCode = "503", description = "The household register gave an answer the desk cannot use; "
            + "retry after the delay in Retry-After.")
    ResponseEntity<ReceiptSlip> fileDossier(@Valid @RequestBody IntakeRequest request,
                                       // Absent: no replay protection. Present: checked like any field, so a
                                       // blank or unusable key is a 400 naming the header, never taken as absent.
                                       @RequestHeader(name = "Idempotency-Key", required = false)
                                       @Nullable @IdempotencyKey String idempotencyKey,
                                       Caller caller) {
        requireMayFileFor(caller, request.unitCode());
        Intake.Receipt receipt = intake.submit(request.submission(), idempotencyKey);
        Saga saga = receipt.saga();
        // A replayed submission writes nothing, so its audit record comes afterwards: name the dossier there too.
        AuditFilter.resource("/api/v1/dossiers/" + saga.dossierCode().value());
        DossierView view = DossierView.of(saga);
        String note = switch (receipt.householdCheck()) {
            case DEFERRED -> "The household register could not be reached; the residence step will check the household.";
            case PASSED, NOT_REQUIRED -> null;
        };
        ReceiptSlip slip = new ReceiptSlip(saga.dossierCode().value(), view.status(), saga.receivedAt(), saga.dueDate(),
                saga.dueDateProvisional(), saga.application().regime().name(), UnitView.of(receipt.unit()),
                view.steps(), receipt.householdCheck().name(), note);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + saga.dossierCode().value()))
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(slip);
    }

    @GetMapping("/api/v1/units")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The receiving units configured here")
    @Tag(name = "Receiving units")
    List<UnitView> listUnits() {
        return units.all().stream().map(UnitView::of).toList();
    }

    /** The household register unusable now: 503 with Retry-After, as for any dependency that cannot answer. */
    @ExceptionHandler(ResidenceUnavailable.class)
    ResponseEntity<ProblemDetail> residenceUnavailable(ResidenceUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        return ResponseEntity.status(e.status()).header(HttpHeaders.RETRY_AFTER, ResidenceUnavailable.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * Who may file a dossier at a unit (DESIGN.md §6): its desk officers. Refused before anything happens: no
     * dossier code is taken and the household register is not asked. Citizens filing online (§7) will be a
     * second rule here, beside the desk's.
     */
    private void requireMayFileFor(Caller caller, String unitCode) {
        if (units.find(unitCode).isEmpty()) {
            return; // the receiving units are public: intake refuses an unknown one as such (unknown-unit)
        }
        if (caller.has(Role.DESK_OFFICER) && caller.worksFor(unitCode)) {
            return;
        }
        throw Access.forbidden("You may only file dossiers at the desk of your own unit.");
    }
}
