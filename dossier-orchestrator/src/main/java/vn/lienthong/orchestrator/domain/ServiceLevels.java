package vn.lienthong.orchestrator.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * The service-level table (DESIGN.md rule 4), as configured ({@code lienthong.orchestrator.service-levels}): per
 * regime, the working days after the receipt day by which each step is due, and the whole dossier's working days
 * per set of procedures.
 *
 * @param defaultRegime the regime of a dossier that names none (ELECTRONIC when not configured)
 */
public record ServiceLevels(Regime defaultRegime, Map<Regime, Table> regimes) {

    public ServiceLevels(@Nullable Regime defaultRegime, Map<Regime, Table> regimes) {
        this.defaultRegime = defaultRegime == null ? Regime.ELECTRONIC : defaultRegime;
        this.regimes = Map.copyOf(Objects.requireNonNull(regimes, "regimes"));
    }

    /**
     * @param steps working days after the receipt day by which each step is due (capped by the dossier's)
     * @param dossiers the whole dossier's working days for each set of procedures; a set not listed takes the
     *     largest entry, never a shorter one
     */
    public record Table(Map<Procedure, Integer> steps, List<DossierLevel> dossiers) {
    }

    public record DossierLevel(Set<Procedure> procedures, int workingDays) {
    }

    /** The appointment: the dossier's due date and each step's. */
    public record Appointment(DueDate dossier, Map<Procedure, LocalDate> steps) {
    }

    public Appointment appointment(Regime regime, Set<Procedure> procedures, Instant receivedAt,
                                   WorkingCalendar calendar) {
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
