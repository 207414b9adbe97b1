package vn.lienthong.orchestrator.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/probes")
class ProbeController {

    private final Probes probes;

    ProbeController(Probes probes) {
        this.probes = probes;
    }

    @PostMapping
    ResponseEntity<Probes.ProbeView> send() {
        Probes.ProbeView probe = probes.send();
        return ResponseEntity.accepted().location(URI.create("/api/v1/probes/" + probe.probeId())).body(probe);
    }

    @GetMapping("/{id}")
    Probes.ProbeView get(@PathVariable UUID id) {
        return probes.find(id).orElseThrow(() ->
                new DomainException(HttpStatus.NOT_FOUND, "probe-not-found", "Probe not found", "No probe has this ID."));
    }
}
