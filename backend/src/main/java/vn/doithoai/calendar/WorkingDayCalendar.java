package vn.doithoai.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.doithoai.common.time.SupportedDates;

/**
 * Working days (ngày làm việc) for deadlines: Monday to Friday, except the days off of the year — the
 * computed holidays and compensatory days (see {@link PublicHolidays}) as changed by the official schedule the
 * admin recorded. A recorded day wins over the computed calendar for that day, and only for that day.
 *
 * <p>Every deadline computation asks it, day by day, so each year is built once and kept: the computed part
 * for good (it is a function of the year), the recorded part until an override changes (invalidated after the
 * commit) or, for changes made through another instance of the backend, for at most {@link #REFRESH}.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** The years the calendar answers for (and is tested for): the product's supported years. */
    public static final int FIRST_YEAR = SupportedDates.FIRST_YEAR;
    public static final int LAST_YEAR = SupportedDates.LAST_YEAR;

    /** How long a year's recorded overrides are trusted before they are read again. */
    static final Duration REFRESH = Duration.ofMinutes(1);

    /** One year, ready for cheap lookups. */
    private record Year(long generation, long loadedAt, Map<LocalDate, Holiday> daysOff, Set<LocalDate> workedDays,
            List<Holiday> holidays) {

        boolean isWorkingDay(LocalDate date) {
            if (workedDays.contains(date)) {
                return true;
            }
            return !PublicHolidays.isWeekend(date) && !daysOff.containsKey(date);
        }
    }

    @Inject
    CalendarOverrideRepository overrides;

    private final Map<Integer, Map<LocalDate, Holiday>> computed = new ConcurrentHashMap<>();
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();
    /** Bumped on every change of the overrides; a year built under an older generation is built again. */
    private final AtomicLong generation = new AtomicLong();

    /** Whether {@code date} lies in the years the calendar answers for. */
    public static boolean covers(LocalDate date) {
        return SupportedDates.covers(date);
    }

    /** Monday to Friday and not a day off, or a day the official schedule makes a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    /**
     * The {@code days}-th working day after {@code date} (before it when {@code days} is negative); {@code date}
     * itself for 0, working day or not. "3 working days before D" is {@code addWorkingDays(D, -3)}.
     *
     * @throws DateOutsideCalendarException when the count runs out of {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        if (!covers(date)) {
            throw new DateOutsideCalendarException(date);
        }
        int step = Integer.signum(days);
        int left = Math.abs(days);
        LocalDate day = date;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The days off of {@code year} (weekends aside), computed and recorded, in date order. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    /** The computed holiday on {@code date}, if any, whatever the admin recorded. */
    Optional<Holiday> computedHoliday(LocalDate date) {
        return Optional.ofNullable(computed(date.getYear()).get(date));
    }

    /** Forget the recorded part of every year; called once a change of the overrides is committed. */
    void overridesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarOverridesChanged event) {
        generation.incrementAndGet();
        years.clear();
    }

    private Year year(int year) {
        if (!SupportedDates.covers(year)) {
            throw new DateOutsideCalendarException(LocalDate.of(year, 1, 1));
        }
        long current = generation.get();
        Year cached = years.get(year);
        if (cached != null && cached.generation() == current && System.nanoTime() - cached.loadedAt() < REFRESH.toNanos()) {
            return cached;
        }
        // Read before the load: if an override changes meanwhile, this year is already stale and is built again.
        Year built = build(year, current);
        years.put(year, built);
        return built;
    }

    private Year build(int year, long generationRead) {
        long loadedAt = System.nanoTime();
        // In a transaction of its own, so that only committed overrides are ever cached.
        List<CalendarOverride> recorded = QuarkusTransaction.requiringNew().call(() -> overrides.inYear(year));
        Map<LocalDate, Holiday> daysOff = new TreeMap<>(computed(year));
        Set<LocalDate> worked = new HashSet<>();
        for (CalendarOverride day : recorded) {
            if (day.kind() == OverrideKind.DAY_OFF) {
                daysOff.put(day.day(), day.asHoliday());
            } else {
                daysOff.remove(day.day());
                worked.add(day.day());
            }
        }
        return new Year(generationRead, loadedAt, Collections.unmodifiableMap(daysOff), Set.copyOf(worked),
                List.copyOf(daysOff.values()));
    }

    private Map<LocalDate, Holiday> computed(int year) {
        return computed.computeIfAbsent(year, y -> {
            Map<LocalDate, Holiday> byDate = new TreeMap<>();
            PublicHolidays.of(y).forEach(h -> byDate.put(h.date(), h));
            return Collections.unmodifiableMap(byDate);
        });
    }
}
