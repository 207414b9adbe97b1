package vn.lienthong.delivery.domain.shipment;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * How hard the unit tries before a parcel goes back to the desk, and when commune staff visit.
 *
 * @param maxAttempts failed delivery attempts (by the carrier or on a home visit) after which the parcel is
 *     returned to the desk
 * @param visitAfterWorkingDays a home visit is planned this many working days after the day it is scheduled
 * @param workingDay the national working-day calendar (no visits on days off)
 */
public record DeliveryPolicy(int maxAttempts, int visitAfterWorkingDays, Predicate<LocalDate> workingDay) {

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one delivery attempt");
        }
        if (visitAfterWorkingDays < 0) {
            throw new IllegalArgumentException("a visit cannot be planned before it is scheduled");
        }
    }

    /**
     * The day of the home visit scheduled on {@code today}: that many working days later (by the national working-day
     * calendar).
     */
    public LocalDate visitDate(LocalDate today) {
        LocalDate day = today;
        int toGo = visitAfterWorkingDays;
        while (toGo > 0 || !isWorkingDay(day)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                toGo--;
            }
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day) {
        return workingDay.test(day);
    }
}
