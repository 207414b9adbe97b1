package vn.lienthong.orchestrator.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienthong.orchestrator.saga.Procedure;
import vn.lienthong.orchestrator.saga.Regime;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * The service-level table (DESIGN.md rule 4) from configuration: per regime, the working days after the receipt
 * day by which each step is due, and the whole dossier's working days per set of procedures.
 */
@ConfigurationProperties("lienthong.orchestrator.service-levels")
record ServiceLevels(@DefaultValue("ELECTRONIC") Regime defaultRegime, Map<Regime, Table> regimes) {

    /**
     * @param steps working days after the receipt day by which each step is due (capped by the dossier's)
     * @param dossiers the whole dossier's working days for each set of procedures; a set not listed takes the
     *     largest entry, never a shorter one
     */
    record Table(Map<Procedure, Integer> steps, List<DossierLevel> dossiers) {
    }

    record DossierLevel(Set<Procedure> procedures, int workingDays) {
    }

    /** The appointment: the dossier's due date and each step's. */
    record Appointment(DueDate dossier, Map<Procedure, LocalDate> steps) {
    }

    Appointment appointment(Regime regime, Set<Procedure> procedures, Instant receivedAt, WorkingCalendar calendar) {
        Table table = regimes.get(regime);
        if (table == null) {
            throw new IllegalStateException("No service levels configured for " + regime);
        }
        int dossierDays = table.dossiers().stream().filter(level -> level.procedures().equals(procedures))
                .findFirst()
                .or(() -> table.dossiers().stream().max(Comparator.comparingInt(DossierLevel::workingDays)))
                .map(DossierLevel::workingDays)
                .orElseThrow(() -> new IllegalStateException("No dossier service level for " + regime));
        LocalDate receiptDay = calendar.receiptDay(receivedAt);
        DueDate dossier = calendar.dueDate(receivedAt, dossierDays);
        Map<Procedure, LocalDate> steps = new EnumMap<>(Procedure.class);
        for (Procedure procedure : Procedure.values()) {
            if (procedure == Procedure.RESULTS_DELIVERY || procedures.contains(procedure)) {
                int days = Math.min(table.steps().getOrDefault(procedure, dossierDays), dossierDays);
                steps.put(procedure, procedure == Procedure.RESULTS_DELIVERY ? dossier.date()
                        : calendar.plusWorkingDays(receiptDay, days).date());
            }
        }
        return new Appointment(dossier, steps);
    }
}
