package vn.lienthong.orchestrator.saga;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** DESIGN.md rule 6 (Circular 01/2018/TT-VPCP): {@code <unit code>-YYMMDD-NNNN}. */
public final class DossierCode {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {
    }

    /**
     * @param receivedOn the calendar day of receipt in Asia/Ho_Chi_Minh
     * @param number the unit's sequence number of that day, from 1
     */
    public static String of(String unitCode, LocalDate receivedOn, int number) {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("A unit receives at most 9999 dossiers a day; got number " + number);
        }
        return "%s-%s-%04d".formatted(unitCode, DAY.format(receivedOn), number);
    }
}
