package vn.lienthong.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's view of this service's audit log. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit")
@Validated
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "List audit records, newest first", description = "Auditor only.")
    List<AuditRecord> listAuditEvents(
            @RequestParam(name = "username", required = false) @Size(max = 100) @Nullable String username,
            @RequestParam(name = "resource", required = false) @Size(max = 300) @Nullable String resource,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable Instant from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable Instant to,
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return log.search(new AuditLog.Filter(username, resource, from, to, limit));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the hash chain of the whole log",
            description = "Auditor only. firstBrokenRecord is the seq of the first record whose hash or link is wrong.")
    AuditLog.Verification verifyAuditLog() {
        return log.verify();
    }
}
