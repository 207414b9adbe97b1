package vn.lienthong.residence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.audit.AuditFilter;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.text.VietnameseText;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.residence.application.HouseholdRegister;
import vn.lienthong.residence.domain.household.Address;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.HouseholdNumbers;
import vn.lienthong.residence.domain.household.NewHousehold;
import vn.lienthong.residence.domain.household.RelationshipToHead;
import vn.lienthong.residence.domain.population.Person;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.domain.population.ProvinceCodes;
import vn.lienthong.residence.persistence.Households;
import vn.lienthong.residence.web.Inputs.BirthDate;
import vn.lienthong.residence.web.Inputs.OneOf;
import vn.lienthong.residence.web.Inputs.PersonName;
import vn.lienthong.residence.web.Inputs.PlainText;

/**
 * Households: create one (DESIGN.md §5), read one by number, find a person's. The commune police only, each for
 * the commune its unit serves (DESIGN.md §6): creating a household elsewhere is refused (403); another commune's
 * household answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/households", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households")
@PreAuthorize("hasRole('POLICE_OFFICER')")
class HouseholdController {

    static final String PERSONAL_ID = "^[0-9]{12}$";
    static final String PROVINCE_CODE = "^[0-9]{3}$";
    static final String PERSONAL_ID_MESSAGE = "must be a 12-digit personal ID number";

    record AddressBody(
            @Schema(example = "001") @NotNull
            @Pattern(regexp = PROVINCE_CODE, message = "must be a 3-digit province code") String provinceCode,
            @Schema(example = "Phường Đức Giang")
            @NotNull @Size(min = 1, max = 200) @PlainText(allowBlank = false) String commune,
            @Schema(example = "Số 18 ngõ 75 phố Đức Giang")
            @NotNull @Size(min = 1, max = 300) @PlainText(allowBlank = false)
            String street) {
    }

    record MemberBody(
            @Schema(example = "Nguyễn Văn Bình") @NotNull @Size(min = 1, max = 200) @PersonName String fullName,
            @Schema(example = "001092000123") @NotNull
            @Pattern(regexp = PERSONAL_ID, message = PERSONAL_ID_MESSAGE) String personalIdNumber,
            @Schema(example = "1992-04-12") @NotNull @BirthDate LocalDate dateOfBirth,
            @Schema(allowableValues = {"MALE", "FEMALE"}) @NotNull
            @OneOf(value = {"MALE", "FEMALE"}, message = "must be MALE or FEMALE") String sex,
            @Schema(allowableValues = {"HEAD", "SPOUSE", "CHILD", "GRANDCHILD", "PARENT", "SIBLING", "OTHER"}) @NotNull
            @OneOf(value = {"HEAD", "SPOUSE", "CHILD", "GRANDCHILD", "PARENT", "SIBLING", "OTHER"},
                    message = "must be one of HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, OTHER")
            String relationshipToHead) {
    }

    record HouseholdBody(@NotNull @Valid AddressBody address,
                         @NotEmpty @Size(min = 1, max = 50) List<@NotNull @Valid MemberBody> members) {
    }

    record PersonSearch(@Schema(example = "001195003917") @NotNull
                        @Pattern(regexp = PERSONAL_ID, message = PERSONAL_ID_MESSAGE) String personalIdNumber) {
    }

    record AddressView(String provinceCode, String provinceName, String commune, String street) {
    }

    record MemberView(String personalIdNumber, String fullName, LocalDate dateOfBirth, Sex sex,
                      RelationshipToHead relationshipToHead, LocalDate joinedOn) {
    }

    record HouseholdView(String householdNumber, AddressView address, String addressSummary,
                         List<MemberView> members, Instant createdAt) {
    }

    private final HouseholdRegister register;
    private final Households households;
    private final ProvinceCodes provinces;
    private final Units units;

    HouseholdController(HouseholdRegister register, Households households, ProvinceCodes provinces, Units units) {
        this.register = register;
        this.households = households;
        this.provinces = provinces;
        this.units = units;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created: the household with its number; Location names it")
    @Operation(summary = "Create a household",
            description = "Exactly one member is the HEAD. Members enter the population registry under their "
                    + "existing personal ID numbers; a person already resident in a household is refused (409). "
                    + "The police of the commune only: an address in another commune is refused (403).")
    ResponseEntity<HouseholdView> createHousehold(@Valid @RequestBody HouseholdBody body, Caller caller) {
        var address = new Address(body.address().provinceCode(), body.address().commune(), body.address().street());
        // An unknown province is bad input whoever asks (400, from the register); a known one must be the caller's.
        if (provinces.isKnown(address.provinceCode()) && !serves(caller, address)) {
            throw Access.forbidden("You may only create households in the commune your unit serves.");
        }
        var declaration = new NewHousehold(address, body.members().stream().map(HouseholdController::declared).toList());
        Household household = register.create(declaration);
        AuditFilter.resource("household:" + household.householdNumber());
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.householdNumber()))
                .body(view(household));
    }

    @GetMapping("/{householdNumber}")
    @Operation(summary = "Read a household by its number")
    @ResponseStatus(HttpStatus.OK)
    HouseholdView readHousehold(@PathVariable("householdNumber") @Size(max = 40) @PlainText String householdNumber,
                                Caller caller) {
        return households.find(HouseholdNumbers.normalise(householdNumber))
                .filter(household -> serves(caller, household.address())).map(this::view)
                .orElseThrow(HouseholdController::notFound);
    }

    /** A search by body, not by URL: a personal ID number never appears in a URL (DESIGN.md rule 12). */
    @PostMapping("/search")
    @Operation(summary = "Find the household a person is a permanent resident of")
    @ResponseStatus(HttpStatus.OK)
    HouseholdView findHouseholdOfPerson(@Valid @RequestBody PersonSearch search, Caller caller) {
        return households.householdOf(search.personalIdNumber()).flatMap(households::find)
                .filter(household -> serves(caller, household.address())).map(this::view)
                .orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "household-not-found",
                        "Household not found", "No household has this person as a permanent resident."));
    }

    /** Whether the caller's unit serves the commune of this address (same province, same commune name). */
    private boolean serves(Caller caller, Address address) {
        String unitCode = caller.unitCode();
        if (unitCode == null) {
            return false;
        }
        return units.all().stream()
                .filter(unit -> unit.code().equalsIgnoreCase(unitCode))
                .findFirst()
                .filter(unit -> servesAddress(unit, address))
                .isPresent();
    }

    private static boolean servesAddress(Unit unit, Address address) {
        return unit.provinceCode().equals(address.provinceCode()) && VietnameseText.same(unit.commune(), address.commune());
    }

    private static NewHousehold.DeclaredMember declared(MemberBody member) {
        // A declared person's birth province is the one their number was registered under.
        var person = new Person(member.personalIdNumber(), member.fullName(), Sex.valueOf(member.sex()),
                member.dateOfBirth(), PersonalIdNumbers.provinceOf(member.personalIdNumber()));
        return new NewHousehold.DeclaredMember(person, RelationshipToHead.valueOf(member.relationshipToHead()));
    }

    private HouseholdView view(Household household) {
        Address address = household.address();
        String provinceName = provinces.name(address.provinceCode()).orElse(address.provinceCode());
        return new HouseholdView(household.householdNumber(),
                new AddressView(address.provinceCode(), provinceName, address.commune(), address.street()),
                address.summary(provinceName),
                household.members().stream().map(m -> new MemberView(m.personalIdNumber(), m.person().fullName(),
                        m.person().dateOfBirth(), m.person().sex(), m.relationshipToHead(), m.joinedOn())).toList(),
                household.createdAt());
    }

    static DomainException notFound() {
        return new DomainException(HttpStatus.NOT_FOUND, "household-not-found", "Household not found",
                "There is no household with this number.");
    }
}
