package vn.doithoai.plan;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    /**
     * List filters; null means "any". {@code publicOnly} limits to plans anyone may read; {@code bodies} to the plans of
     * those bodies (null: every body's).
     */
    public record Filter(Integer year, PlanStatus status, PlanLevel level, String text, boolean publicOnly, Set<Long> bodies,
            Long firstLocality) {

        Filter within(Set<Long> bodies) {
            return new Filter(year, status, level, text, publicOnly, bodies, firstLocality);
        }

        /** The plans of the bodies of this ward or commune first (a citizen's own), then every other. */
        Filter localityFirst(Long locality) {
            return new Filter(year, status, level, text, publicOnly, bodies, locality);
        }
    }

    public PanacheQuery<Plan> search(Filter f) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.bodies() != null) {
            // No body at all (staff without one) matches nothing.
            where.append(f.bodies().isEmpty() ? " and 1 = 0" : " and bodyId in :bodies");
            if (!f.bodies().isEmpty()) {
                params.and("bodies", f.bodies());
            }
        }
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
        if (f.firstLocality() != null) {
            params.and("locality", f.firstLocality());
            return find(where + " order by case when body.parent.id = :locality then 0 else 1 end, issueDate desc, id desc", params);
        }
        return find(where.toString(), Sort.descending("issueDate").and("id", Sort.Direction.Descending), params);
    }
}
