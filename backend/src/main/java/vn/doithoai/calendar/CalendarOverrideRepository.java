package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CalendarOverrideRepository implements PanacheRepository<CalendarOverride> {

    // "day" is also an HQL function name, hence the alias in every query.
    public Optional<CalendarOverride> findByDay(LocalDate day) {
        return find("from CalendarOverride o where o.day = ?1", day).firstResultOptional();
    }

    /** The overrides of one year, in date order. */
    public List<CalendarOverride> inYear(int year) {
        return list("from CalendarOverride o where o.day between ?1 and ?2 order by o.day",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
