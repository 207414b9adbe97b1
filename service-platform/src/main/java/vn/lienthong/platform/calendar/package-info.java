/**
 * Vietnam's working-day calendar (DESIGN.md rule 5): weekends, official days off and make-up Saturdays,
 * read from one data file per year; beyond the published years, a provisional estimate.
 */
@NullMarked
package vn.lienthong.platform.calendar;

import org.jspecify.annotations.NullMarked;
