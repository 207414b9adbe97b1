package vn.lienthong.platform.testapp;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.platform.web.DomainException;

/**
 * What the OpenAPI tests need beside the failing endpoints: a creation answered 201 through {@code ResponseEntity}
 * (so it states its status), a resource read by a path variable (404 when absent), and a public path (no token).
 * Its tag comes from the class name ("Parcels"). Kept in memory: the fuzzer may create thousands.
 */
@RestController
@Validated
class ParcelsController {

    private static final String CODE = "[A-Z]{2}[0-9]{6}";

    private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();

    record Parcel(@Schema(example = "VN000123") @NotBlank @Pattern(regexp = CODE) String parcelCode,
                  @Schema(example = "Phường Hoàn Kiếm, Hà Nội") @NotBlank @Size(max = 200) String destination) {
    }

    record ParcelStatus(@Schema(example = "VN000123") String parcelCode,
                        @Schema(example = "ACCEPTED") String status) {
    }

    @PostMapping("/api/v1/test/parcels")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @ApiResponse(responseCode = "201", description = "Accepted for delivery; Location names it.")
    ResponseEntity<Parcel> sendParcel(@Valid @RequestBody Parcel parcel) {
        parcels.put(parcel.parcelCode(), parcel);
        return ResponseEntity.created(URI.create("/api/v1/test/parcels/" + parcel.parcelCode())).body(parcel);
    }

    @GetMapping("/api/v1/test/parcels/{parcelCode}")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    Parcel parcel(@PathVariable @Pattern(regexp = CODE) String parcelCode) {
        return found(parcelCode);
    }

    /** Public (lienthong.security.public-paths): status only, for whoever holds the code. */
    @GetMapping("/api/v1/test/public/parcels/{parcelCode}")
    @PreAuthorize("permitAll()")
    ParcelStatus parcelStatus(@PathVariable @Pattern(regexp = CODE) String parcelCode) {
        return new ParcelStatus(found(parcelCode).parcelCode(), "ACCEPTED");
    }

    private Parcel found(String parcelCode) {
        Parcel parcel = parcels.get(parcelCode);
        if (parcel == null) {
            throw new DomainException(HttpStatus.NOT_FOUND, "parcel-not-found", "Parcel not found",
                    "No parcel has this code.");
        }
        return parcel;
    }
}
