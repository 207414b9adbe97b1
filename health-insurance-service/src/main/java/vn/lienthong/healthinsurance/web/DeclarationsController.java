package vn.lienthong.healthinsurance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.healthinsurance.application.DeclarationDesk;
import vn.lienthong.healthinsurance.application.Jurisdiction;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationId;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationQuery;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationStatus;
import vn.lienthong.healthinsurance.domain.declaration.Supplement;
import vn.lienthong.healthinsurance.persistence.Cards;
import vn.lienthong.healthinsurance.persistence.Declarations;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

@Tag(name = "Declarations", description = "The social-insurance office's queue of TK1-TS declarations and its decisions")
@RestController
@RequestMapping("/api/v1/declarations")
@PreAuthorize("hasRole('INSURANCE_OFFICER')")
class DeclarationsController {

    private static final String UNIT_CODE = "^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}$";
    /** An example declaration ID; the OpenAPI contract test seeds a declaration under it. */
    static final String EXAMPLE_ID = "3f2b8c1e-6a4d-4e0f-9b7a-2d5c8e1f4a60";

    private final Declarations declarations;
    private final Cards cards;
    private final DeclarationDesk desk;
    private final Jurisdiction jurisdiction;
    private final Validator validator;
    private final Clock clock;

    DeclarationsController(Declarations declarations, Cards cards, DeclarationDesk desk, Jurisdiction jurisdiction,
                           Validator validator, Clock clock) {
        this.declarations = declarations;
        this.cards = cards;
        this.desk = desk;
        this.jurisdiction = jurisdiction;
        this.validator = validator;
        this.clock = clock;
    }

    @Operation(summary = "The queue of the caller's province, most urgent first (earliest due date, then earliest received)",
            description = "A social-insurance officer sees the declarations of their own province; a unit of another "
                    + "province is 403.")
    @GetMapping
    List<DeclarationResponse> listDeclarations(
            @Parameter(description = "only declarations in this status")
            @RequestParam(name = "status", required = false) @Nullable DeclarationStatus status,
            @Parameter(description = "only declarations received by this unit (e-government agency code)",
                    example = "000.26.45.H26")
            @RequestParam(name = "unitCode", required = false)
            @Pattern(regexp = UNIT_CODE, message = "must be a unit code like 000.26.45.H26") @Nullable String unitCode,
            @Parameter(description = "only declarations due strictly before this day (1900-01-01 to 2999-12-31)",
                    example = "2025-03-24")
            @RequestParam(name = "dueBefore", required = false) @CalendarDay @Nullable LocalDate dueBefore,
            @Parameter(description = "only the declaration of this dossier", example = "000.26.45.H26-250320-0001")
            @RequestParam(name = "dossierCode", required = false) @Size(min = 1, max = 40) @PlainText
            @Nullable String dossierCode,
            @Parameter(description = "at most this many declarations")
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(500) int limit,
            Caller caller) {
        String province = caller.provinceCode();
        if (province == null) {
            throw Access.forbidden("Your account names no province.");
        }
        if (unitCode != null) {
            // A unit not known here belongs to no province we can tell: the province criterion still applies.
            jurisdiction.provinceOfUnit(unitCode).ifPresent(ofUnit -> Access.requireProvince(caller, ofUnit));
        }
        List<Declaration> found = declarations.search(new DeclarationQuery(jurisdiction.province(province), status,
                unitCode, dueBefore, dossierCode, limit));
        return responses(found);
    }

    @Operation(summary = "One declaration of the caller's province")
    @GetMapping("/{id}")
    DeclarationResponse readDeclaration(@Parameter(example = EXAMPLE_ID) @PathVariable("id") UUID id, Caller caller) {
        return response(ofCallersProvince(new DeclarationId(id), caller));
    }

    @Operation(summary = "Decide: APPROVE, REFUSE (with reason) or REQUEST_SUPPLEMENT (with the missing items)",
            description = "A REQUEST_SUPPLEMENT without missingItems requests its reason as the one missing item. "
                    + "The same decision again changes nothing (200); a different one on a decided declaration is "
                    + "409. The deciding officer is recorded and shown as decidedBy.")
    @ResponseStatus(HttpStatus.OK)
    @PostMapping("/{id}/decision")
    DeclarationResponse decideDeclaration(@Parameter(example = EXAMPLE_ID) @PathVariable("id") UUID id,
                                          @RequestBody DecisionRequest request, Caller caller) {
        DeclarationId declarationId = new DeclarationId(id);
        ofCallersProvince(declarationId, caller);
        return response(desk.decide(declarationId, valid(request).toDecision(), caller.username()));
    }

    /** The declaration, if the caller's office handles it; another province's answers as if it did not exist. */
    private Declaration ofCallersProvince(DeclarationId id, Caller caller) {
        return declarations.find(id)
                .filter(declaration -> caller.worksInProvince(jurisdiction.provinceOf(declaration)))
                .orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "declaration-not-found",
                        "Declaration not found", "No declaration has this ID."));
    }

    /**
     * Validates a request body once the caller is known to be allowed: a refused caller gets its 403 or 404, never
     * a 400 describing the body ({@code @Valid} would run before the access rules).
     */
    private <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    private DeclarationResponse response(Declaration declaration) {
        return responses(List.of(declaration)).getFirst();
    }

    private List<DeclarationResponse> responses(List<Declaration> found) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Card> issued = cards.findAll(found.stream().map(Declaration::cardNumber).filter(Objects::nonNull).toList());
        Map<DeclarationId, List<Supplement>> supplements = declarations.supplementsOf(found.stream().map(Declaration::id).toList());
        return found.stream()
                .map(d -> DeclarationResponse.of(d, d.cardNumber() == null ? null : issued.get(d.cardNumber()),
                        supplements.getOrDefault(d.id(), List.of()), today))
                .toList();
    }
}
