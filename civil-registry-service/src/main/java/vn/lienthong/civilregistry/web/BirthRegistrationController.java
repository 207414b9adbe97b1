package vn.lienthong.civilregistry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.civilregistry.domain.CertificateNumber;
import vn.lienthong.civilregistry.domain.Refusals;
import vn.lienthong.civilregistry.domain.RegistrationId;
import vn.lienthong.civilregistry.application.BirthRegistrar;
import vn.lienthong.civilregistry.application.DirectRegistrationOutcome;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.platform.audit.AuditFilter;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.units.Units;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.platform.web.IdempotencyKey;
import vn.lienthong.platform.web.Problems;

/**
 * Birth registrations for commune civil-registry officers. Nothing personal goes into a URL: a registration is
 * found by its ID or by its certificate number within its unit, neither of which is personal data.
 *
 * <p>The one-stop desk of the registration's unit only: another unit's registration answers 404 as
 * if it did not exist, another unit's books 403, and a birth is registered only at the caller's own unit (403
 * otherwise, before anything is stored or a personal ID number asked for).
 */
@RestController
@RequestMapping("/api/v1/birth-registrations")
@Tag(name = "Birth registrations", description = "Extracts (trích lục) and direct registration at the desk")
@PreAuthorize("hasRole('DESK_OFFICER')")
class BirthRegistrationController {


    private final BirthRegistrar registrar;
    private final Units units;

    BirthRegistrationController(BirthRegistrar registrar, Units units) {
        this.registrar = registrar;
        this.units = units;
    }

    @GetMapping("/{registrationId}")
    @Operation(summary = "The extract of a birth registration")
    @ApiResponse(responseCode = "200", description = "The extract.")
    @ApiResponse(responseCode = "404", description = "No registration with this ID in the caller's unit.")
    BirthRegistrationExtract readBirthRegistration(
            @PathVariable @Parameter(example = "0b9d6a52-3f1e-4c41-9a57-2f0c1d7e8a10") UUID registrationId,
            Caller caller) {
        return registrar.find(new RegistrationId(registrationId)).filter(registration -> caller.worksFor(registration.unitCode()))
                .map(BirthRegistrationExtract::of).orElseThrow(() -> new DomainException(
                HttpStatus.NOT_FOUND, "birth-registration-not-found", "Birth registration not found",
                "No birth registration has this ID."));
    }

    @GetMapping
    @Operation(summary = "Find a birth registration by its certificate number in its unit's books",
            description = "Answers a list: the registration with that number, or none.")
    @ApiResponse(responseCode = "200", description = "The registration with that number, or an empty list.")
    List<BirthRegistrationExtract> findBirthRegistrationByCertificate(
            @RequestParam @NotBlank @Pattern(regexp = BirthRegistrationRequest.UNIT_CODE,
                    message = "must be an e-government unit code such as 000.26.45.H26")
            @Parameter(example = "000.26.45.H26", schema = @Schema(pattern = "^" + BirthRegistrationRequest.UNIT_CODE + "$"))
            String unitCode,
            // Bounded and parsed, never echoed: whatever arrives is a list or a 400, never a 500.
            @RequestParam @NotBlank @Size(max = 50) @Parameter(example = "Số 12, quyển số 2025",
                    description = "\"Số 12, quyển số 2025\" or \"12/2025\"", schema = @Schema(maxLength = 50))
            String certificateNumber,
            Caller caller) {
        Access.requireUnit(caller, unitCode);
        CertificateNumber certificate = CertificateNumber.parse(certificateNumber).orElseThrow(() -> new DomainException(
                HttpStatus.BAD_REQUEST, "invalid-certificate-number", "Invalid certificate number",
                "A certificate number reads \"Số N, quyển số YYYY\" (or N/YYYY)."));
        return registrar.findByCertificate(unitCode, certificate).map(BirthRegistrationExtract::of).stream().toList();
    }

    @PostMapping
    @Operation(summary = "Register a birth directly, outside a linked dossier",
            description = "Allocates the child's personal ID number from the population registry while the caller "
                    + "waits; 503 when the registry cannot be reached (nothing is stored, the request may be "
                    + "repeated). With an Idempotency-Key, a repeated request answers 200 with the same registration.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the registration.")
    @ApiResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key: the same registration.")
    @ApiResponse(responseCode = "409", description = "The child is already registered, or the Idempotency-Key was "
            + "used for another child.")
    @ApiResponse(responseCode = "422", description = "The unit is unknown, or the population registry refused.")
    ResponseEntity<BirthRegistrationExtract> registerBirth(
            // Absent: no replay protection. Present: checked like any field, so a blank or unusable key is a 400
            // naming the header, never taken as absent; the same rule as POST /api/v1/dossiers.
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Nullable @IdempotencyKey String idempotencyKey,
            @Valid @RequestBody BirthRegistrationRequest request, Caller caller) {
        // An unknown unit is bad input whoever asks (422 from the registrar); a known one must be the caller's.
        if (units.find(request.unitCode()).isPresent() && !caller.worksFor(request.unitCode())) {
            throw Access.forbidden("You may only register births at your own unit.");
        }
        return switch (registrar.registerDirectly(request.declaration(), idempotencyKey)) {
            case DirectRegistrationOutcome.Registered registered -> {
                var extract = BirthRegistrationExtract.of(registered.registration());
                AuditFilter.resource("birth-registration:" + extract.registrationId());
                yield registered.created()
                        ? ResponseEntity.created(URI.create("/api/v1/birth-registrations/" + extract.registrationId())).body(extract)
                        : ResponseEntity.ok(extract);
            }
            case DirectRegistrationOutcome.Refused refused -> throw refusal(refused.refusal());
            case DirectRegistrationOutcome.KeyReused reused -> throw new DomainException(HttpStatus.CONFLICT,
                    "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for the registration of another child.");
            case DirectRegistrationOutcome.RegistryUnavailable unavailable -> throw new RegistryUnavailable();
        };
    }

    /** 503 with Retry-After, so a desk client knows to try again shortly. */
    @ExceptionHandler(RegistryUnavailable.class)
    ResponseEntity<ProblemDetail> registryUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The population registry could not allocate the child's personal ID number just now; nothing was "
                        + "registered. Try again in a minute.");
        problem.setType(Problems.type("population-registry-unavailable"));
        problem.setTitle("Population registry unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }

    /** A refusal of the registry as a problem: its code, in kebab case, is the problem type. */
    static DomainException refusal(Refusal refusal) {
        HttpStatus status = switch (refusal.code()) {
            case Refusals.DUPLICATE_BIRTH, Refusals.DUPLICATE_BIRTH_IN_PROGRESS -> HttpStatus.CONFLICT;
            case Refusals.INCOMPLETE_DECLARATION -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String title = switch (refusal.code()) {
            case Refusals.DUPLICATE_BIRTH -> "Birth already registered";
            case Refusals.DUPLICATE_BIRTH_IN_PROGRESS -> "Birth registration in progress";
            case Refusals.BIRTH_DATE_IN_FUTURE -> "Birth date in the future";
            case Refusals.UNKNOWN_UNIT -> "Unknown unit";
            case Refusals.POPULATION_REGISTRY_REFUSED -> "Population registry refused";
            case Refusals.INCOMPLETE_DECLARATION -> "Incomplete declaration";
            default -> "Birth registration refused";
        };
        return new DomainException(status, refusal.code().toLowerCase(Locale.ROOT).replace('_', '-'), title, refusal.message());
    }

    private static final class RegistryUnavailable extends RuntimeException {
        RegistryUnavailable() {
            super(null, null, false, false);
        }
    }
}
