package vn.lienthong.orchestrator.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The code a dossier is known by at the desk and to the citizen: DESIGN.md rule 6 (Circular 01/2018/TT-VPCP),
 * {@code <unit code>-YYMMDD-NNNN}. Any text can be looked up; only {@link #of} issues new codes.
 */
public record DossierCode(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param receivedOn the calendar day of receipt in Asia/Ho_Chi_Minh
     * @param number the unit's sequence number of that day, from 1
     */
    public static DossierCode of(String unitCode, LocalDate receivedOn, int number) {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("A unit receives at most 9999 dossiers a day; got number " + number);
        }
        return new DossierCode("%s-%s-%04d".formatted(unitCode, DAY.format(receivedOn), number));
    }

    @Override
    public String toString() {
        return value;
    }
}
