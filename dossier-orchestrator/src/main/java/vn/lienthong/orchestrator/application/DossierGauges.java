package vn.lienthong.orchestrator.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.lienthong.orchestrator.domain.DossierStatus;
import vn.lienthong.orchestrator.persistence.Dossiers;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * Operators' gauges, read from the database at each scrape: dossiers by status, overdue (due date passed, results
 * not yet sent) and at risk (due within a working day).
 */
@Component
class DossierGauges {

    DossierGauges(MeterRegistry meters, Dossiers dossiers, WorkingCalendar calendar, Clock clock) {
        for (DossierStatus status : DossierStatus.values()) {
            Gauge.builder("dossiers.current", dossiers, d -> d.countByStatus(status.name()))
                    .tag("status", status.name()).register(meters);
        }
        Gauge.builder("dossiers.overdue", dossiers, d -> d.countOverdue(LocalDate.now(clock))).register(meters);
        Gauge.builder("dossiers.at.risk", dossiers, d -> {
            LocalDate today = LocalDate.now(clock);
            return d.countAtRisk(today, calendar.plusWorkingDays(today, 1).date());
        }).register(meters);
    }
}
