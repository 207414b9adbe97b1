package vn.lienthong.platform.testapp;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.platform.web.DomainException;

/**
 * The defects the linter and the fuzzer are there to catch, planted so that neither passes vacuously; only in the
 * context of {@code PlantedFaultsIT} ({@code platform-test.planted-faults=true}). Each is one the issue found.
 */
@RestController
@ConditionalOnProperty("platform-test.planted-faults")
@PreAuthorize("isAuthenticated()")
@Tag(name = PlantedFaultsController.TAG)
class PlantedFaultsController {

    static final String TAG = "Planted faults";

    /** No example: a generated client's user has nothing to start from. */
    record Lookup(@NotBlank String code) {
    }

    /** Echoes what it cannot find ("No dossier has the code a\r\nX-Injected: …"). */
    @PostMapping("/api/v1/test/planted/lookups")
    Map<String, String> lookup(@Valid @RequestBody Lookup lookup) {
        throw new DomainException(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No record has the code " + lookup.code() + ".");
    }

    /** Fails on a control character, as a NUL in a household number did. */
    @GetMapping("/api/v1/test/planted/households")
    Map<String, String> household(@RequestParam String number) {
        if (number.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException("invalid byte sequence for encoding UTF8: 0x00");
        }
        return Map.of("number", "known");
    }

    /** A refusal written by hand, as text rather than a problem. */
    @GetMapping("/api/v1/test/planted/notes/{noteId}")
    ResponseEntity<String> plantedNote(@PathVariable String noteId) {
        if (noteId.length() > 20) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("note IDs are short");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"noteId\":\"known\"}");
    }

    /** The same path as {@link #plantedNote} under another variable's name: two paths to Spring, one to OpenAPI. */
    @DeleteMapping("/api/v1/test/planted/notes/{id}")
    void deletePlantedNote(@PathVariable String id) {
    }
}
