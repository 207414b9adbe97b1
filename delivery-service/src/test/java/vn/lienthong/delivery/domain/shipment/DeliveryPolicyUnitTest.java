package vn.lienthong.delivery.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryPolicyUnitTest {

    private static final Set<LocalDate> NATIONAL_DAY = Set.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));

    private static boolean workingDay(LocalDate day) {
        return ShipmentFixtures.isWeekday(day) && !NATIONAL_DAY.contains(day);
    }

    private final DeliveryPolicy nextWorkingDay = new DeliveryPolicy(3, 1, DeliveryPolicyUnitTest::workingDay);

    @Test
    void plansAHomeVisitForTheNextWorkingDay() {
        assertThat(nextWorkingDay.visitDate(LocalDate.of(2025, 5, 6))).isEqualTo(LocalDate.of(2025, 5, 7));
    }

    @Test
    void plansAVisitScheduledOnFridayOrAtTheWeekendForMonday() {
        assertThat(nextWorkingDay.visitDate(LocalDate.of(2025, 5, 9))).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(nextWorkingDay.visitDate(LocalDate.of(2025, 5, 10))).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void skipsDaysOffOfTheCalendar() {
        // Fri 29 Aug 2025 → Mon 1 and Tue 2 Sep are National Day holidays → Wed 3 Sep.
        assertThat(nextWorkingDay.visitDate(LocalDate.of(2025, 8, 29))).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void plansForTheSameDayWhenNoLeadTimeIsConfigured() {
        var sameDay = new DeliveryPolicy(3, 0, DeliveryPolicyUnitTest::workingDay);
        assertThat(sameDay.visitDate(LocalDate.of(2025, 5, 6))).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(sameDay.visitDate(LocalDate.of(2025, 5, 10))).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new DeliveryPolicy(0, 1, DeliveryPolicyUnitTest::workingDay)).isInstanceOf(IllegalArgumentException.class);
    }
}
