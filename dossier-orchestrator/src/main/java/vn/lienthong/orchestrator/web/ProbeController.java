package vn.lienthong.orchestrator.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.orchestrator.application.Probes;
import vn.lienthong.platform.web.DomainException;

/** {@code POST /api/v1/probes} sends a probe; {@code GET /api/v1/probes/{id}} shows who answered. Operators only. */
@RestController
@PreAuthorize("hasRole('OPERATOR')")
@RequestMapping(path = "/api/v1/probes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Probes")
class ProbeController {

    private final Probes probes;

    ProbeController(Probes probes) {
        this.probes = probes;
    }

    // produces (on the class): a client that accepts no JSON is refused before a probe is sent, not after.
    @PostMapping
    @ApiResponse(responseCode = "202", description = "Sent; Location names the probe, which gathers the answers.")
    ResponseEntity<Probes.ProbeView> sendProbe() {
        Probes.ProbeView probe = probes.send();
        return ResponseEntity.accepted().location(URI.create("/api/v1/probes/" + probe.probeId())).body(probe);
    }

    @GetMapping("/{id}")
    Probes.ProbeView readProbe(@PathVariable UUID id) {
        return probes.find(id).orElseThrow(() ->
                new DomainException(HttpStatus.NOT_FOUND, "probe-not-found", "Probe not found", "No probe has this ID."));
    }
}
