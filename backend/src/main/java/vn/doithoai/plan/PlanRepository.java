package vn.doithoai.plan;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    /** List filters; null means "any". {@code publicOnly} limits to plans anyone may read. */
    public record Filter(Integer year, PlanStatus status, PlanLevel level, String text, boolean publicOnly) {
    }

    public PanacheQuery<Plan> search(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.publicOnly()) {
            where.append(" and status in :public");
            params.and("public", PlanStatus.PUBLIC);
        }
        if (f.year() != null) {
            // The dialogue's year: of the session when set, else of the planned month, else of the issue date.
            where.append(" and (year(sessionAt) = :year or (sessionAt is null and (plannedMonth like :yearPrefix"
                    + " or (plannedMonth is null and year(issueDate) = :year))))");
            params.and("year", f.year()).and("yearPrefix", f.year() + "-%");
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (f.level() != null) {
            where.append(" and level = :level");
            params.and("level", f.level());
        }
        if (f.text() != null) {
            // Accent- and case-insensitive by the column collation.
            where.append(" and (title like :text or topic like :text or concat(coalesce(number, ''), '-', coalesce(symbol, '')) like :text)");
            params.and("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        // Newest first; id keeps the order stable between pages.
        return find(where.toString(), Sort.descending("issueDate").and("id", Sort.Direction.Descending), params);
    }
}
