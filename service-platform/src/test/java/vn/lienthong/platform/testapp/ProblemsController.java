package vn.lienthong.platform.testapp;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.platform.web.DomainException;

/**
 * Endpoints that fail in each of the ways a real service can, for the problem-details tests; documented as a service
 * documents its own (examples, the statuses of its own rules). Those that fail whatever the request (a bug, an
 * outage) carry the tag "Simulated faults", which the fuzz test leaves out.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ProblemsController {

    record Registration(@Schema(example = "Nguyễn Văn An") @NotBlank String fullName,
                        @Schema(example = "2000-01-31") @NotNull LocalDate dateOfBirth,
                        @Schema(example = "001200000001") @Pattern(regexp = "[0-9]{12}") String personalIdNumber) {
    }

    static final String SIMULATED_FAULTS = "Simulated faults";

    @PostMapping("/api/v1/test/registrations")
    @ApiResponse(responseCode = "200", description = "Registered: the registration as recorded.")
    @ApiResponse(responseCode = "422", description = "The date of birth is after today.")
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

    record Document(@Schema(example = "Giấy chứng sinh") @NotBlank String name) {
    }

    record Batch(@NotNull List<@Valid Document> documents) {
    }

    /** Reads every element of a validated list, as a real service would. */
    @PostMapping("/api/v1/test/batches")
    List<String> batch(@Valid @RequestBody Batch batch) {
        return batch.documents().stream().map(Document::name).toList();
    }

    /** A query parameter read as text. */
    @GetMapping("/api/v1/test/units")
    Map<String, String> units(@RequestParam String unitCode) {
        return Map.of("unitCode", unitCode.length() > 0 ? "seen" : "empty");
    }

    /** A path variable, a number and a checked code in the query: each refused by name, never echoed. */
    @GetMapping("/api/v1/test/dossiers/{number}")
    Map<String, Object> dossier(@PathVariable int number, @RequestParam int page,
                                @RequestParam @Pattern(regexp = "[A-Z0-9.]{1,20}") String unitCode) {
        return Map.of("number", number, "page", page);
    }

    record Search(int page) {
    }

    /** Query parameters bound to an object: a binding failure is a field error. */
    @GetMapping("/api/v1/test/searches")
    Search search(@ParameterObject @Valid @ModelAttribute Search search) {
        return search;
    }

    /** The database unreachable, as a real outage surfaces it (a real outage is tested elsewhere). */
    @PostMapping("/api/v1/test/outages")
    @Tag(name = SIMULATED_FAULTS)
    void outage(@RequestParam String kind) throws SQLException {
        var hikari = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.");
        if (kind.equals("hikari")) {
            throw hikari;
        }
        throw (RuntimeException) switch (kind) {
            case "connection" -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari);
            case "resource" -> new DataAccessResourceFailureException("HikariPool-1 - database down");
            case "transient" -> new QueryTimeoutException("HikariPool-1 - query timed out");
            case "transaction" -> new CannotCreateTransactionException("Could not open JDBC Connection", hikari);
            default -> new IllegalArgumentException("unknown outage");
        };
    }

    @PostMapping("/api/v1/test/bugs")
    @Tag(name = SIMULATED_FAULTS)
    void bug() {
        throw new IllegalStateException("a bug whose details stay in the log");
    }
}
