package vn.lienthong.orchestrator.domain;

import java.time.LocalDate;

/** DESIGN.md rule 7: results returned before the due date are early, on it on time, after it late. */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE;

    public static Timeliness of(LocalDate returnedOn, LocalDate dueDate) {
        int comparison = returnedOn.compareTo(dueDate);
        return comparison < 0 ? EARLY : comparison == 0 ? ON_TIME : LATE;
    }
}
