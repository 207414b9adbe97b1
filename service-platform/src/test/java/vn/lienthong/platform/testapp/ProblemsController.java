package vn.lienthong.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.platform.web.DomainException;

/** Endpoints that fail in each of the ways a real service can, for the problem-details tests. */
@RestController
@PreAuthorize("isAuthenticated()")
class ProblemsController {

    record Registration(@NotBlank String fullName, @NotNull LocalDate dateOfBirth,
                        @Pattern(regexp = "[0-9]{12}") String personalIdNumber) {
    }

    @PostMapping("/api/v1/test/registrations")
    Registration register(@Valid @RequestBody Registration registration) {
        if (registration.dateOfBirth().isAfter(LocalDate.now())) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "birth-date-in-future",
                    "Birth date in the future", "The date of birth is after today.");
        }
        return registration;
    }

    private final JdbcClient jdbc;

    ProblemsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ResponseStatus(HttpStatus.GONE)
    static class Gone extends RuntimeException {
    }

    /** Breaks a NOT NULL constraint, as a duplicate or missing value would in a real service. */
    @PostMapping("/api/v1/test/conflicts")
    void conflict() {
        jdbc.sql("insert into handled (dossier_id, reason) values (?, null)").param(UUID.randomUUID()).update();
    }

    @PostMapping("/api/v1/test/gone")
    void gone() {
        throw new Gone();
    }

    @PostMapping("/api/v1/test/bugs")
    void bug() {
        throw new IllegalStateException("a bug whose details stay in the log");
    }
}
