package vn.doithoai.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import vn.doithoai.orgunit.Bodies;

/**
 * Working days (ngày làm việc) for deadlines: Monday to Friday, except the days off of the year — the computed
 * holidays and compensatory days (see {@link PublicHolidays}) as changed by the official schedule the admin recorded
 * (national), and, for a body's deadlines, by the days the bodies above it and the body itself recorded (a province's
 * own day off counts for the plans of its communes, never for another province's). A recorded day wins over what lies
 * beneath it for that day, and only for that day.
 *
 * <p>This is the one place a calendar is chosen: {@link #national()} for the public calendar, {@link #forBody} for
 * everything counted for a plan (its tasks, its invitations, its notice, its rulings' follow-up).
 *
 * <p>Every deadline computation asks it, day by day, so each year is built once and kept: the computed part for good
 * (it is a function of the year), the recorded part until an override changes (invalidated after the commit) or, for
 * changes made through another instance of the backend, for at most {@link #REFRESH}. A body that recorded nothing,
 * and has nothing recorded above it, shares the national year.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** The years the calendar answers for (and is tested for): the product's supported years. */
    public static final int FIRST_YEAR = SupportedDates.FIRST_YEAR;
    public static final int LAST_YEAR = SupportedDates.LAST_YEAR;

    /** How long a year's recorded overrides are trusted before they are read again. */
    static final Duration REFRESH = Duration.ofMinutes(1);

    private static final List<Long> NATIONAL_LAYERS = List.of(RecordedYear.NATIONAL);

    @Inject
    CalendarOverrideRepository overrides;

    @Inject
    Bodies bodies;

    private final Map<Integer, Map<LocalDate, Holiday>> computed = new ConcurrentHashMap<>();
    private final Map<Integer, RecordedYear> recorded = new ConcurrentHashMap<>();
    /** Built years by calendar: {@link RecordedYear#NATIONAL}, or a body with layers of its own. */
    private final Map<Long, Map<Integer, CalendarYear>> built = new ConcurrentHashMap<>();
    /** Bumped on every change of the overrides; a year read under an older generation is read again. */
    private final AtomicLong generation = new AtomicLong();
    private final WorkingDays national = new WorkingDays(year -> year(RecordedYear.NATIONAL, year));

    /** Whether {@code date} lies in the years the calendar answers for. */
    public static boolean covers(LocalDate date) {
        return SupportedDates.covers(date);
    }

    /** The national calendar: the computed days off as the official schedule changes them. */
    public WorkingDays national() {
        return national;
    }

    /**
     * The calendar of a body's deadlines: the national one, changed by the days recorded by the bodies whose area holds
     * the body's (its province's) and by the body itself, the nearest winning.
     */
    public WorkingDays forBody(long bodyId) {
        return new WorkingDays(year -> year(bodyId, year));
    }

    /**
     * The bodies whose calendar of {@code year} is not the national one: those that recorded days of their own and
     * the bodies below them. Empty in the common case that no body recorded anything.
     */
    public Set<Long> bodiesWithDaysOfTheirOwn(int year) {
        Set<Long> own = recorded(year).bodies();
        if (own.isEmpty()) {
            return Set.of();
        }
        Set<Long> affected = new HashSet<>();
        for (long body : own) {
            affected.add(body);
            affected.addAll(bodies.overseenBy(body));
        }
        return affected;
    }

    /** The computed holiday on {@code date}, if any, whatever the admin recorded. */
    Optional<Holiday> computedHoliday(LocalDate date) {
        return Optional.ofNullable(computed(date.getYear()).get(date));
    }

    /**
     * What a layer lies on: for the national schedule ({@code body} null) the computed calendar alone; for a body, the
     * national calendar with the days of the bodies above it, without its own. Not kept: it serves the admin's checks.
     */
    WorkingDays beneath(Long body) {
        return new WorkingDays(year -> {
            RecordedYear rec = recorded(checked(year));
            List<Long> layers = new ArrayList<>();
            if (body != null) {
                layers.add(RecordedYear.NATIONAL);
                layers.addAll(bodies.overseersOf(body));
            }
            return CalendarYear.build(computed(year), rec, layers);
        });
    }

    /** Forget the recorded part of every year; called once a change of the overrides is committed. */
    void overridesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarOverridesChanged event) {
        generation.incrementAndGet();
        recorded.clear();
        built.clear();
    }

    private CalendarYear year(long calendar, int year) {
        RecordedYear rec = recorded(checked(year));
        List<Long> layers = calendar == RecordedYear.NATIONAL ? NATIONAL_LAYERS : layersOf(calendar, rec);
        if (layers.size() == 1 && calendar != RecordedYear.NATIONAL) {
            return year(RecordedYear.NATIONAL, year);
        }
        Map<Integer, CalendarYear> years = built.computeIfAbsent(calendar, k -> new ConcurrentHashMap<>());
        CalendarYear cached = years.get(year);
        if (cached != null && cached.source() == rec && cached.layers().equals(layers)) {
            return cached;
        }
        CalendarYear fresh = CalendarYear.build(computed(year), rec, layers);
        years.put(year, fresh);
        return fresh;
    }

    /** The national layer, then those of the bodies above {@code body} and its own, of the ones that recorded days. */
    private List<Long> layersOf(long body, RecordedYear rec) {
        Set<Long> own = rec.bodies();
        if (own.isEmpty()) {
            return NATIONAL_LAYERS;
        }
        List<Long> layers = new ArrayList<>(NATIONAL_LAYERS);
        for (long above : bodies.overseersOf(body)) {
            if (own.contains(above)) {
                layers.add(above);
            }
        }
        if (own.contains(body)) {
            layers.add(body);
        }
        return layers;
    }

    private static int checked(int year) {
        if (!SupportedDates.covers(year)) {
            throw new DateOutsideCalendarException(LocalDate.of(year, 1, 1));
        }
        return year;
    }

    private RecordedYear recorded(int year) {
        long current = generation.get();
        RecordedYear cached = recorded.get(year);
        if (cached != null && cached.generation() == current && System.nanoTime() - cached.loadedAt() < REFRESH.toNanos()) {
            return cached;
        }
        // Read before the load: if an override changes meanwhile, this year is already stale and is read again.
        RecordedYear loaded = load(year, current);
        recorded.put(year, loaded);
        return loaded;
    }

    private RecordedYear load(int year, long generationRead) {
        long loadedAt = System.nanoTime();
        // In a transaction of its own, so that only committed overrides are ever cached.
        List<CalendarOverride> days = QuarkusTransaction.requiringNew().call(() -> overrides.everyInYear(year));
        Map<Long, List<RecordedYear.Day>> byBody = new HashMap<>();
        for (CalendarOverride day : days) {
            long key = day.bodyId() == null ? RecordedYear.NATIONAL : day.bodyId();
            byBody.computeIfAbsent(key, k -> new ArrayList<>()).add(new RecordedYear.Day(day.day(), day.kind(), day.asHoliday()));
        }
        byBody.replaceAll((k, v) -> List.copyOf(v));
        return new RecordedYear(generationRead, loadedAt, Map.copyOf(byBody));
    }

    private Map<LocalDate, Holiday> computed(int year) {
        return computed.computeIfAbsent(year, y -> {
            Map<LocalDate, Holiday> byDate = new TreeMap<>();
            PublicHolidays.of(y).forEach(h -> byDate.put(h.date(), h));
            return Collections.unmodifiableMap(byDate);
        });
    }
}
