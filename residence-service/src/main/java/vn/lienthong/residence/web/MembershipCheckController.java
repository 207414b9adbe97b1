package vn.lienthong.residence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.residence.domain.household.HouseholdNumbers;
import vn.lienthong.residence.persistence.Households;
import vn.lienthong.residence.web.Inputs.PlainText;

/**
 * The question the orchestrator asks at intake: does this household exist, and which of these people (declarant,
 * mother, father) are its members? Personal ID numbers travel in the body, never in the URL. Machine clients only
 * (role SERVICE: the orchestrator), never a person (DESIGN.md §6).
 */
@RestController
@Tag(name = "Households")
@PreAuthorize("hasRole('SERVICE')")
class MembershipCheckController {

    record MembershipCheck(
            @Schema(example = "HK-001-0000001")
            @NotNull @Size(min = 1, max = 40) @PlainText(allowBlank = false) String householdNumber,
            @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = HouseholdController.PERSONAL_ID,
                    message = HouseholdController.PERSONAL_ID_MESSAGE) String> personalIdNumbers) {
    }

    record MembershipAnswer(String householdNumber, boolean householdExists, @Nullable String provinceCode,
                            @Nullable String commune, List<String> memberPersonalIdNumbers) {
    }

    private final Households households;

    MembershipCheckController(Households households) {
        this.households = households;
    }

    @PostMapping(path = "/api/v1/household-membership-checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Check that a household exists and which of the given people are its members")
    MembershipAnswer checkHouseholdMembership(@io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(examples = @ExampleObject(name = "intake", value = """
                    {"householdNumber":"HK-001-0000001","personalIdNumbers":["001195003917","001092000123"]}""")))
            @Valid @RequestBody MembershipCheck check) {
        String number = HouseholdNumbers.normalise(check.householdNumber());
        return households.find(number)
                .map(household -> new MembershipAnswer(number, true, household.address().provinceCode(),
                        household.address().commune(),
                        check.personalIdNumbers().stream().distinct().filter(household::hasMember).toList()))
                .orElseGet(() -> new MembershipAnswer(number, false, null, null, List.of()));
    }
}
