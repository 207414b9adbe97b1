package vn.lienthong.healthinsurance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.domain.facility.FacilityKind;
import vn.lienthong.healthinsurance.persistence.Facilities;
import vn.lienthong.platform.web.DomainException;

@Tag(name = "Facilities", description = "The catalogue of primary-care facilities a BHYT card may name")
@RestController
@RequestMapping("/api/v1/facilities")
// Reference data without personal data: any signed-in caller.
@PreAuthorize("isAuthenticated()")
class FacilitiesController {

    /** A facility as the API shows it; {@code commune} is null for a hospital. */
    record FacilityResponse(String code, String name, String provinceCode, @Nullable String commune, FacilityKind kind,
                            int rank) {
        static FacilityResponse of(Facility f) {
            return new FacilityResponse(f.code(), f.name(), f.provinceCode(), f.commune(), f.kind(), f.rank());
        }
    }

    private final Facilities facilities;

    FacilitiesController(Facilities facilities) {
        this.facilities = facilities;
    }

    @Operation(summary = "List the catalogue, or one province's facilities (first-ranked first)")
    @GetMapping
    List<FacilityResponse> listFacilities(@Parameter(description = "only this province's facilities", example = "001")
                                @RequestParam(name = "provinceCode", required = false)
                                @Pattern(regexp = "^[0-9]{3}$", message = "must be a 3-digit province code")
                                @Nullable String provinceCode) {
        List<Facility> found = provinceCode == null ? facilities.all() : facilities.inProvince(provinceCode);
        return found.stream().map(FacilityResponse::of).toList();
    }

    @Operation(summary = "One facility by its KCB code")
    @GetMapping("/{code}")
    FacilityResponse readFacility(@Parameter(description = "the facility's KCB code", example = "01101")
                         @PathVariable("code")
                         @Pattern(regexp = "^[0-9]{2}[0-9A-Z]{3}$", message = "must be a 5-character facility code")
                         String code) {
        return facilities.find(code).map(FacilityResponse::of).orElseThrow(() -> new DomainException(
                HttpStatus.NOT_FOUND, "facility-not-found", "Facility not found",
                "No facility has this code."));
    }
}
