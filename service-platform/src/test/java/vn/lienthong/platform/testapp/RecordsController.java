package vn.lienthong.platform.testapp;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

/** A desk officer's state change, as a real service has them, for the security and audit tests. */
@RestController
class RecordsController {

    private final JdbcClient jdbc;

    RecordsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a row; with {@code refuse=true} writes it and is then refused, so the row is rolled back. */
    @PostMapping("/api/v1/test/handled")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Transactional
    void handle(@RequestParam(name = "refuse", defaultValue = "false") boolean refuse) {
        jdbc.sql("insert into handled (dossier_id, reason) values (?, ?)").params(UUID.randomUUID(), "by officer").update();
        if (refuse) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "refused-by-rule", "Refused", "A rule refused it.");
        }
    }

    record Note(@io.swagger.v3.oas.annotations.media.Schema(example = "Hồ sơ đủ giấy tờ")
                @jakarta.validation.constraints.NotBlank String text) {
    }

    /** A body the desk must get right; others are refused before it is read. */
    @PostMapping("/api/v1/test/notes")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    Note note(@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody Note note) {
        return note;
    }

    @GetMapping("/api/v1/test/whoami")
    @PreAuthorize("isAuthenticated()")
    Caller whoami(Caller caller) {
        return caller;
    }
}
