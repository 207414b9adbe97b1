package vn.lienthong.healthinsurance.domain.card;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * How long a child's BHYT card is valid (DESIGN.md rule 3, after the Law on Health Insurance): from the
 * date of birth until 30 September of the year the child turns 6 when born on or before 30 September,
 * otherwise until the last day of the month the child turns 6. The cut-off follows the school year,
 * from which pupils are insured through their school.
 *
 * @param from the first day covered (the date of birth)
 * @param to the last day covered
 */
public record CardValidity(LocalDate from, LocalDate to) {

    private static final MonthDay SCHOOL_YEAR_CUT_OFF = MonthDay.of(Month.SEPTEMBER, 30);
    private static final int AGE_LIMIT = 6;

    public CardValidity {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a card's validity cannot end before it starts");
        }
    }

    public static CardValidity forChildBornOn(LocalDate dateOfBirth) {
        int yearTurningSix = dateOfBirth.getYear() + AGE_LIMIT;
        LocalDate to = MonthDay.from(dateOfBirth).isAfter(SCHOOL_YEAR_CUT_OFF)
                ? YearMonth.of(yearTurningSix, dateOfBirth.getMonth()).atEndOfMonth()
                : SCHOOL_YEAR_CUT_OFF.atYear(yearTurningSix);
        return new CardValidity(dateOfBirth, to);
    }

    /**
     * The day the child turns 6. A child born on 29 February turns 6 on 28 February of a common year:
     * a period with no corresponding day ends on the last day of that month (as the Civil Code 2015,
     * art. 148, counts months), which is what {@link LocalDate#plusYears} does.
     */
    public static LocalDate sixthBirthday(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(AGE_LIMIT);
    }

    /** Under 6 on {@code day}: born by then and not yet at the sixth birthday. */
    public static boolean isUnderSixOn(LocalDate dateOfBirth, LocalDate day) {
        return !dateOfBirth.isAfter(day) && day.isBefore(sixthBirthday(dateOfBirth));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
