package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every day recorded for one year, national and bodies', as read in one query.
 *
 * @param generation the generation of the overrides when it was read; a change since makes it stale
 * @param loadedAt   {@code System.nanoTime()} of the read, for changes made through another instance
 * @param byBody     the recorded days by body id, {@link #NATIONAL} for the national schedule
 */
record RecordedYear(long generation, long loadedAt, Map<Long, List<Day>> byBody) {

    /** The key of the national schedule's days. */
    static final long NATIONAL = 0L;

    record Day(LocalDate date, OverrideKind kind, Holiday holiday) {
    }

    List<Day> of(long key) {
        return byBody.getOrDefault(key, List.of());
    }

    /** The bodies that recorded days of their own this year. */
    Set<Long> bodies() {
        return byBody.keySet().stream().filter(k -> k != NATIONAL).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
