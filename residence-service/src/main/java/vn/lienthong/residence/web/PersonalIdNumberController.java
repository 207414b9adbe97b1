package vn.lienthong.residence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.web.IdempotencyKey;
import vn.lienthong.residence.application.PersonalIdAllocations;
import vn.lienthong.residence.domain.population.AllocationRequest;
import vn.lienthong.residence.web.Inputs.BirthDate;
import vn.lienthong.residence.web.Inputs.OneOf;
import vn.lienthong.residence.web.Inputs.PersonName;

/**
 * The population registry's allocation of personal ID numbers, called by the civil registry at birth registration:
 * machine clients only (role SERVICE), never a person, officers included (DESIGN.md §6).
 */
@RestController
@RequestMapping(path = "/api/v1/personal-id-numbers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Population registry")
@PreAuthorize("hasRole('SERVICE')")
class PersonalIdNumberController {

    record AllocationBody(
            @Schema(example = "001") @NotNull
            @Pattern(regexp = HouseholdController.PROVINCE_CODE, message = "must be a 3-digit province code")
            String provinceCode,
            @Schema(example = "Nguyễn Thị An") @NotNull @Size(min = 1, max = 200) @PersonName String fullName,
            @Schema(allowableValues = {"MALE", "FEMALE"}) @NotNull
            @OneOf(value = {"MALE", "FEMALE"}, message = "must be MALE or FEMALE") String sex,
            @Schema(example = "2025-03-15") @NotNull @BirthDate LocalDate dateOfBirth) {
    }

    record AllocatedNumber(String personalIdNumber) {
    }

    private final PersonalIdAllocations allocations;

    PersonalIdNumberController(PersonalIdAllocations allocations) {
        this.allocations = allocations;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Allocated: a new number")
    @ApiResponse(responseCode = "200", description = "The same Idempotency-Key and body again: the same number")
    @Operation(summary = "Allocate a personal ID number for a birth",
            description = "201 with a new number; the same Idempotency-Key with the same body again gives 200 and "
                    + "the same number; with a different body, 409.")
    ResponseEntity<AllocatedNumber> allocatePersonalIdNumber(
            // Required here, so that a retried allocation finds the number it got before; at most 100 characters.
            @RequestHeader(name = "Idempotency-Key", required = false) @NotNull @IdempotencyKey @Size(max = 100)
            @Nullable String idempotencyKey,
            @Valid @RequestBody AllocationBody body) {
        var outcome = allocations.allocate(String.valueOf(idempotencyKey), new AllocationRequest(
                body.provinceCode(), body.fullName(), Sex.valueOf(body.sex()), body.dateOfBirth()));
        return ResponseEntity.status(outcome.allocatedNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Idempotent-Replayed", String.valueOf(!outcome.allocatedNow()))
                .body(new AllocatedNumber(outcome.personalIdNumber()));
    }
}
