package vn.lienthong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarUnitTest {

    private final WorkingCalendar calendar = WorkingCalendar.parse(CalendarAutoConfiguration.yearFiles());

    private static Instant vietnamTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    @Test
    void readsThePublishedYearsFromTheClasspath() {
        assertThat(CalendarAutoConfiguration.yearFiles()).containsKeys(2025, 2026);
    }

    @Test
    void skipsTetWhenCountingFromTheFridayBefore() {
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2025-01-24"), 3))
                .isEqualTo(new DueDate(LocalDate.parse("2025-02-05"), false));
    }

    @Test
    void skipsReunificationAndLabourDays() {
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2025-04-29"), 2).date())
                .isEqualTo(LocalDate.parse("2025-05-06"));
    }

    @Test
    void countsTheMakeUpSaturdayAsAWorkingDay() {
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2025-04-25"), 1).date())
                .isEqualTo(LocalDate.parse("2025-04-26"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
    }

    @Test
    void aDossierReceivedAfterTheCutOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.dueDate(vietnamTime("2025-01-24T16:00"), 3))
                .isEqualTo(new DueDate(LocalDate.parse("2025-02-06"), false));
        assertThat(calendar.dueDate(vietnamTime("2025-01-24T15:00"), 3).date())
                .isEqualTo(LocalDate.parse("2025-02-05"));
        assertThat(calendar.receiptDay(vietnamTime("2025-01-24T15:00:01"))).isEqualTo(LocalDate.parse("2025-02-03"));
    }

    @Test
    void aDossierReceivedOnASundayCountsFromMonday() {
        assertThat(calendar.dueDate(vietnamTime("2026-11-22T10:00"), 3))
                .isEqualTo(new DueDate(LocalDate.parse("2026-11-26"), false));
    }

    @Test
    void receiptTimeIsReadInVietnamWhateverTheServerZone() {
        // 08:30 UTC is 15:30 in Hà Nội: after the cut-off.
        assertThat(calendar.receiptDay(Instant.parse("2025-03-14T08:30:00Z"))).isEqualTo(LocalDate.parse("2025-03-17"));
    }

    @Test
    void anUnconfirmedEntryMakesTheDueDateProvisional() {
        DueDate acrossNationalDay = calendar.plusWorkingDays(LocalDate.parse("2026-08-31"), 2);
        assertThat(acrossNationalDay.provisional()).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-08-20"), 2).provisional()).isFalse();
    }

    @Test
    void beyondThePublishedYearsOnlyWeekendsAndFixedHolidaysCountAndTheDateIsProvisional() {
        DueDate newYear = calendar.plusWorkingDays(LocalDate.parse("2026-12-31"), 1);
        assertThat(newYear).isEqualTo(new DueDate(LocalDate.parse("2027-01-04"), true));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-04-30"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesInEitherDirection() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-01-24"), LocalDate.parse("2025-02-05")))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-02-05"), LocalDate.parse("2025-01-24")))
                .isEqualTo(-3);
    }

    @Test
    void refusesALineItCannotRead() {
        assertThatThrownBy(() -> WorkingCalendar.parse(Map.of(2025, "2025-01-01 holiday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01 holiday");
        assertThatThrownBy(() -> WorkingCalendar.parse(Map.of(2025, "2024-12-31 off wrong file")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
