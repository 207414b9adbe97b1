package vn.lienthong.platform.calendar;

import java.time.LocalDate;

/**
 * A date counted in working days.
 *
 * @param provisional the count crossed a day the published calendar does not settle (a year not yet published,
 *     or an entry marked unconfirmed), so the date may move when the data arrives
 */
public record DueDate(LocalDate date, boolean provisional) {
}
