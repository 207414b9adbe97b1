package vn.lienthong.orchestrator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.Document;
import vn.lienthong.orchestrator.application.DossierAccess;
import vn.lienthong.orchestrator.application.DossierSaga;
import vn.lienthong.orchestrator.domain.DossierCode;
import vn.lienthong.orchestrator.domain.DossierStatus;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.persistence.Dossiers;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;

/**
 * Officers' and citizens' questions about dossiers, and the officers' withdrawal and supplements. A dossier is the
 * business of the desk officers of its unit ({@link DossierAccess}); anyone may track one by its code.
 */
@RestController
@Validated
@Tag(name = DossierController.DOSSIERS)
// A client that accepts no JSON is refused before a withdrawal or a supplement is recorded, not after.
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    static final String DOSSIERS = "Dossiers";

    private final Dossiers dossiers;
    private final DossierSaga saga;
    private final Clock clock;

    DossierController(Dossiers dossiers, DossierSaga saga, Clock clock) {
        this.dossiers = dossiers;
        this.saga = saga;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dossiers/{dossierCode}")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "A dossier: its steps, results and timeliness (desk officers of its unit)")
    DossierView readDossier(@PathVariable String dossierCode, Caller caller) {
        return DossierView.of(handledBy(caller, dossierCode));
    }

    @GetMapping("/api/v1/dossiers")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Officers' work list of their own unit: overdue dossiers first, then by due date")
    List<DossierView> listDossiers(Caller caller,
                               @RequestParam(required = false) @Nullable String unitCode,
                               @RequestParam(required = false) @Nullable DossierStatus status,
                               @RequestParam(required = false) @Nullable
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        if (unitCode != null) {
            Access.requireUnit(caller, unitCode);
        }
        // Without a unit filter the list is the caller's own unit, never every unit's.
        String unit = caller.unitCode();
        if (unit == null) {
            throw Access.forbidden("Your account belongs to no unit, so it has no work list.");
        }
        return dossiers.worklist(unit, status == null ? null : status.name(), dueBefore, LocalDate.now(clock), limit).stream()
                .map(DossierView::of).toList();
    }

    @GetMapping("/api/v1/dossiers/{dossierCode}/timeline")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Every transition of a dossier, with the message that caused it and those it sent")
    List<Dossiers.TimelineLine> readTimeline(@PathVariable String dossierCode, Caller caller) {
        return dossiers.timeline(handledBy(caller, dossierCode).dossierId());
    }

    record Withdrawal(@Schema(example = "Gia đình xin rút hồ sơ để nộp lại sau")
                      @NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    @PostMapping("/api/v1/dossiers/{dossierCode}/withdrawal")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Withdraw a dossier: steps not yet done are cancelled in their services")
    DossierView withdrawDossier(@PathVariable String dossierCode, @Valid @RequestBody Withdrawal withdrawal, Caller caller) {
        return DossierView.of(saga.withdraw(new DossierCode(dossierCode), withdrawal.reason(), caller));
    }

    record Supplement(@Schema(example = "PERMANENT_RESIDENCE") @NotNull Procedure procedure,
                      @Schema(example = "Đã bổ sung bản sao giấy đăng ký kết hôn")
                      @NotBlank @Size(max = 2000) @PlainText(multiline = true) String note,
                      @Valid @Nullable List<@NotNull @Valid SupplementDocument> documents) {
    }

    record SupplementDocument(@Schema(example = "Bản sao giấy đăng ký kết hôn")
                              @NotBlank @Size(max = 200) @PlainText String name,
                              @Schema(example = "scan-2025-000123.pdf")
                              @NotBlank @Size(max = 500) @PlainText String reference) {
    }

    @PostMapping("/api/v1/dossiers/{dossierCode}/supplements")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Answer an agency's supplement request; the step resumes")
    DossierView supplementDossier(@PathVariable String dossierCode, @Valid @RequestBody Supplement supplement,
                           Caller caller) {
        List<Document> documents = supplement.documents() == null ? List.of()
                : supplement.documents().stream().map(d -> new Document(d.name(), d.reference())).toList();
        return DossierView.of(saga.supplement(new DossierCode(dossierCode), supplement.procedure(), supplement.note(),
                documents, caller));
    }

    /** Public (lienthong.security.public-paths) and rate-limited per client address: it names no person. */
    @GetMapping("/api/v1/tracking/{dossierCode}")
    @PreAuthorize("permitAll()")
    @Tag(name = "Citizen tracking")
    @Operation(summary = "The citizen's view: status and dates only (no token needed; rate-limited per address)")
    TrackingView trackDossier(@PathVariable String dossierCode) {
        return TrackingView.of(dossiers.find(new DossierCode(dossierCode)).orElseThrow(DossierAccess::notFound));
    }

    /** The dossier, if the caller may handle it; otherwise exactly the answer for a code nobody issued. */
    private Saga handledBy(Caller caller, String code) {
        return dossiers.find(new DossierCode(code)).filter(saga -> DossierAccess.mayHandle(caller, saga))
                .orElseThrow(DossierAccess::notFound);
    }
}
