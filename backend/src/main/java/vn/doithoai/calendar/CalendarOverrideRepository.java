package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CalendarOverrideRepository implements PanacheRepository<CalendarOverride> {

    // "day" is also an HQL function name, hence the alias in every query.
    /** The day recorded in one layer: the national schedule ({@code body} null) or a body's. */
    public Optional<CalendarOverride> findByDay(Long body, LocalDate day) {
        return body == null ? find("from CalendarOverride o where o.bodyId is null and o.day = ?1", day).firstResultOptional()
                : find("from CalendarOverride o where o.bodyId = ?1 and o.day = ?2", body, day).firstResultOptional();
    }

    /** The overrides of one layer and year, in date order. */
    public List<CalendarOverride> inYear(Long body, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return body == null ? list("from CalendarOverride o where o.bodyId is null and o.day between ?1 and ?2 order by o.day", from, to)
                : list("from CalendarOverride o where o.bodyId = ?1 and o.day between ?2 and ?3 order by o.day", body, from, to);
    }

    /** Every layer's overrides of one year, for the calendar to build from. */
    public List<CalendarOverride> everyInYear(int year) {
        return list("from CalendarOverride o where o.day between ?1 and ?2 order by o.day",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
