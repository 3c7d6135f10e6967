package vn.doithoai.orgunit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    /** Tree order: as the office arranged siblings, then by name; id keeps the order stable. */
    static final Sort ORDER = Sort.by("sortOrder").and("name").and("id");

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean hasChildren(OrgUnit unit) {
        return count("parent", unit) > 0;
    }

    public List<OrgUnit> all() {
        return findAll(ORDER).list();
    }

    /** Filtered list: by kind, by parent code, and a text that matches code or name. */
    public PanacheQuery<OrgUnit> search(OrgUnitKind kind, String parentCode, String text) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (parentCode != null) {
            where.append(" and parent.code = :parent");
            params.and("parent", parentCode);
        }
        if (text != null) {
            // The column's collation compares without case or accents, so "quang hoa" finds "Quảng Hòa".
            where.append(" and (name like :text or code like :text)");
            params.and("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(where.toString(), ORDER, params);
    }
}
