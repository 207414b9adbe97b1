package vn.lienthong.platform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Working days in Vietnam: Monday to Friday, minus the official days off, plus the make-up Saturdays, as
 * published per year. A dossier received after the 15:00 cut-off, or on a day that is not a working day, counts
 * as received on the next working day, and counting starts the day after that.
 */
public final class WorkingCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    /** Statutory fixed-date days off, the only ones assumed for a year whose decision is not yet published. */
    private static final Set<MonthDay> FIXED_DAYS_OFF = Set.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    private final Set<Integer> publishedYears;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingWeekendDays;
    private final Set<LocalDate> unconfirmed;

    private WorkingCalendar(Set<Integer> publishedYears, Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays,
            Set<LocalDate> unconfirmed) {
        this.publishedYears = Set.copyOf(publishedYears);
        this.daysOff = Set.copyOf(daysOff);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        this.unconfirmed = Set.copyOf(unconfirmed);
    }

    /**
     * Reads the yearly data files. Each line: {@code <date>|<first>..<last> off|working [unconfirmed] <what>};
     * {@code #} starts a comment.
     *
     * @param filesByYear each published year's file content
     * @throws IllegalArgumentException on a malformed line or a date outside its file's year
     */
    public static WorkingCalendar parse(Map<Integer, String> filesByYear) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        Set<LocalDate> unconfirmed = new HashSet<>();
        filesByYear.forEach((year, content) -> content.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] parts = line.split("\\s+");
                    if (parts.length < 2 || !(parts[1].equals("off") || parts[1].equals("working"))) {
                        throw new IllegalArgumentException("Calendar " + year + ": cannot read '" + line + "'");
                    }
                    String[] range = parts[0].split("\\.\\.");
                    LocalDate first = LocalDate.parse(range[0]);
                    LocalDate last = range.length > 1 ? LocalDate.parse(range[1]) : first;
                    if (first.getYear() != year || last.getYear() != year || last.isBefore(first)) {
                        throw new IllegalArgumentException("Calendar " + year + ": bad range '" + parts[0] + "'");
                    }
                    boolean isUnconfirmed = parts.length > 2 && parts[2].equals("unconfirmed");
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        (parts[1].equals("off") ? off : working).add(day);
                        if (isUnconfirmed) {
                            unconfirmed.add(day);
                        }
                    }
                }));
        return new WorkingCalendar(filesByYear.keySet(), off, working, unconfirmed);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!publishedYears.contains(day.getYear())) {
            return !isWeekend(day) && !FIXED_DAYS_OFF.contains(MonthDay.from(day));
        }
        return workingWeekendDays.contains(day) || (!isWeekend(day) && !daysOff.contains(day));
    }

    /** Whether the published data settles this day (a published year, no unconfirmed entry). */
    public boolean isSettled(LocalDate day) {
        return publishedYears.contains(day.getYear()) && !unconfirmed.contains(day);
    }

    /** The working day a dossier received at this instant counts as received on. */
    public LocalDate receiptDay(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(VIETNAM);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isAfter(CUT_OFF) || !isWorkingDay(day)) {
            return nextWorkingDay(day);
        }
        return day;
    }

    /** The date {@code workingDays} working days after {@code day} (counting starts the day after it). */
    public DueDate plusWorkingDays(LocalDate day, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate current = day;
        boolean provisional = !isSettled(day);
        for (int counted = 0; counted < workingDays; ) {
            current = current.plusDays(1);
            provisional |= !isSettled(current);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return new DueDate(current, provisional);
    }

    /** The due date of something received at {@code receivedAt} with {@code workingDays} to do it. */
    public DueDate dueDate(Instant receivedAt, int workingDays) {
        LocalDate receivedOn = receivedAt.atZone(VIETNAM).toLocalDate();
        LocalDate receiptDay = receiptDay(receivedAt);
        boolean receiptProvisional = receivedOn.datesUntil(receiptDay.plusDays(1)).anyMatch(d -> !isSettled(d));
        DueDate due = plusWorkingDays(receiptDay, workingDays);
        return new DueDate(due.date(), due.provisional() || receiptProvisional);
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate start = sign > 0 ? from : to;
        LocalDate end = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
