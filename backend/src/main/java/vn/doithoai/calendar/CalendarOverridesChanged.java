package vn.doithoai.calendar;

import java.time.LocalDate;

/** Fired in the transaction that changed the override of {@code day}; the calendar forgets it once committed. */
record CalendarOverridesChanged(LocalDate day) {
}
