package vn.lienthong.orchestrator.dossier;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.Document;
import vn.lienthong.orchestrator.saga.Procedure;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.web.DomainException;

/** Officers' and citizens' questions about dossiers, and the officers' withdrawal and supplements. */
@RestController
@Validated
class DossierController {

    private final Dossiers dossiers;
    private final DossierSaga saga;

    DossierController(Dossiers dossiers, DossierSaga saga) {
        this.dossiers = dossiers;
        this.saga = saga;
    }

    @GetMapping("/api/v1/dossiers/{dossierCode}")
    @Operation(summary = "A dossier: its steps, results and timeliness")
    DossierView dossier(@PathVariable String dossierCode) {
        return DossierView.of(dossiers.find(dossierCode).orElseThrow(() -> notFound(dossierCode)));
    }

    @GetMapping("/api/v1/dossiers")
    @Operation(summary = "Officers' work list: overdue dossiers first, then by due date")
    List<DossierView> worklist(@RequestParam(required = false) @Nullable String unitCode,
                               @RequestParam(required = false) @Nullable @Pattern(regexp =
                                       "RECEIVED|IN_PROGRESS|AWAITING_SUPPLEMENT|RETURNING_RESULTS|COMPLETED|"
                                               + "PARTIALLY_COMPLETED|REFUSED|WITHDRAWN") String status,
                               @RequestParam(required = false) @Nullable
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        LocalDate today = Instant.now().atZone(WorkingCalendar.VIETNAM).toLocalDate();
        return dossiers.worklist(unitCode, status, dueBefore, today, limit).stream().map(DossierView::of).toList();
    }

    @GetMapping("/api/v1/dossiers/{dossierCode}/timeline")
    @Operation(summary = "Every transition of a dossier, with the message that caused it and those it sent")
    List<Dossiers.TimelineLine> timeline(@PathVariable String dossierCode) {
        return dossiers.timeline(dossiers.find(dossierCode).orElseThrow(() -> notFound(dossierCode)).dossierId());
    }

    record Withdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/dossiers/{dossierCode}/withdrawal")
    @Operation(summary = "Withdraw a dossier: steps not yet done are cancelled in their services")
    DossierView withdraw(@PathVariable String dossierCode, @Valid @RequestBody Withdrawal withdrawal) {
        return DossierView.of(saga.withdraw(dossierCode, withdrawal.reason()));
    }

    record Supplement(@NotNull Procedure procedure, @NotBlank @Size(max = 2000) String note,
                      @Valid @Nullable List<@Valid SupplementDocument> documents) {
    }

    record SupplementDocument(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 500) String reference) {
    }

    @PostMapping("/api/v1/dossiers/{dossierCode}/supplements")
    @Operation(summary = "Answer an agency's supplement request; the step resumes")
    DossierView supplement(@PathVariable String dossierCode, @Valid @RequestBody Supplement supplement) {
        List<Document> documents = supplement.documents() == null ? List.of()
                : supplement.documents().stream().map(d -> new Document(d.name(), d.reference())).toList();
        return DossierView.of(saga.supplement(dossierCode, supplement.procedure(), supplement.note(), documents));
    }

    @GetMapping("/api/v1/tracking/{dossierCode}")
    @Operation(summary = "The citizen's view: status and dates only")
    TrackingView tracking(@PathVariable String dossierCode) {
        return TrackingView.of(dossiers.find(dossierCode).orElseThrow(() -> notFound(dossierCode)));
    }

    private static DomainException notFound(String code) {
        return new DomainException(HttpStatus.NOT_FOUND, "dossier-not-found", "No such dossier",
                "No dossier has the code " + code);
    }
}
