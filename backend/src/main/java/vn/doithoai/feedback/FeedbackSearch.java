package vn.doithoai.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.feedback.dto.FeedbackPage;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.Plan;

/**
 * Feedback lists that stay fast over a million items: filters and the caller's scope on indexed columns, newest
 * first, paged by a cursor on (created_at, id) instead of an offset, and no total count.
 * <p>
 * Text search runs on the normalised column, every word as a substring (exact, and it catches the many two-letter
 * Vietnamese syllables — "ve", "do", "xa" — that a FULLTEXT index does not hold, InnoDB's shortest token being three).
 * Measured over 1,000,000 rows (FeedbackListBench): within a plan, ward, unit or focus area, reading that range newest
 * first and testing each row stops after one page for common words, while MATCH over the whole table must collect
 * every matching row first (seconds for "ve sinh moi truong"). So MATCH … AGAINST only narrows searches over all
 * items, with whole words and the last one as a prefix (it may still be being typed).
 */
@ApplicationScoped
public class FeedbackSearch {

    /** InnoDB's default FULLTEXT stopwords that are also Vietnamese syllables once diacritics are gone (cơm, thế, …). */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");
    private static final int MAX_WORDS = 8;

    @Inject
    EntityManager em;

    @Inject
    FeedbackAccess access;

    @Inject
    OrgUnitService orgUnits;

    /** Filters of a feedback list; null means any. Ward and unit by code. */
    public record Filter(Long planId, Long focusAreaId, String wardCode, String unitCode, FeedbackStatus status,
            FeedbackChannel channel, FeedbackKind kind, String q) {
    }

    public FeedbackPage list(Filter filter, String after, String size) {
        int limit = PageRequest.parse(null, size).size();
        FeedbackCursor cursor = FeedbackCursor.parse(after);
        if (filter.planId() != null && em.find(Plan.class, filter.planId()) == null) {
            throw DomainException.notFound("plan.not-found", filter.planId());
        }
        List<Object> params = new ArrayList<>();
        String sql = pageSql(filter, cursor, limit + 1, params);
        var query = em.createNativeQuery(sql, Long.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList().stream().map(n -> ((Number) n).longValue()).toList();
        boolean more = ids.size() > limit;
        List<FeedbackItem> items = load(more ? ids.subList(0, limit) : ids);
        FeedbackItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        String next = more ? new FeedbackCursor(last.createdAt, last.id).encode() : null;
        return new FeedbackPage(items.stream().map(f -> FeedbackViews.of(f, access)).toList(), next, more);
    }

    /** The ids of one page, newest first: every condition on an indexed column of feedback_item, no joins. */
    String pageSql(Filter f, FeedbackCursor cursor, int limit, List<Object> params) {
        StringBuilder where = new StringBuilder("select f.id from feedback_item f where 1 = 1");
        FeedbackAccess.Scope scope = access.scope();
        if (scope != null) {
            where.append(" and f.").append(scope.column()).append(" = ?");
            params.add(scope.value());
        }
        condition(where, params, "f.plan_id", f.planId());
        condition(where, params, "f.focus_area_id", f.focusAreaId());
        condition(where, params, "f.ward_id", unitId(f.wardCode(), "ward"));
        condition(where, params, "f.unit_id", unitId(f.unitCode(), "unit"));
        condition(where, params, "f.status", f.status() == null ? null : f.status().name());
        condition(where, params, "f.channel", f.channel() == null ? null : f.channel().name());
        condition(where, params, "f.kind", f.kind() == null ? null : f.kind().name());
        boolean narrowed = scope != null || f.planId() != null || f.focusAreaId() != null || f.wardCode() != null || f.unitCode() != null;
        text(where, params, f.q(), !narrowed);
        if (cursor != null) {
            where.append(" and (f.created_at < ? or f.created_at = ? and f.id < ?)");
            params.add(cursor.createdAt());
            params.add(cursor.createdAt());
            params.add(cursor.id());
        }
        where.append(" order by f.created_at desc, f.id desc limit ?");
        params.add(limit);
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void text(StringBuilder where, List<Object> params, String q, boolean useIndex) {
        String normalised = SearchText.normalise(q);
        if (normalised.isEmpty()) {
            return;
        }
        List<String> words = Arrays.stream(normalised.split(" ")).distinct().limit(MAX_WORDS).toList();
        String last = words.get(words.size() - 1);
        String indexed = words.stream().filter(w -> w.length() >= 3 && !STOPWORDS.contains(w)).map(w -> "+" + w + (w.equals(last) ? "*" : ""))
                .collect(Collectors.joining(" "));
        if (useIndex && !indexed.isEmpty()) {
            where.append(" and match(f.search_text) against (? in boolean mode)");
            params.add(indexed);
        }
        for (String word : words) {
            where.append(" and f.search_text like ?");
            params.add("%" + word + "%");
        }
    }

    private Long unitId(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return orgUnits.find(code.strip()).map(OrgUnit::id)
                .orElseThrow(() -> InvalidInputException.of(field, "orgunit.not-found", code));
    }

    /** The page's items with everything the view shows, in one query, in the page's order. */
    private List<FeedbackItem> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FeedbackItem> byId = em.createQuery("select f from FeedbackItem f join fetch f.plan left join fetch f.ward "
                + "left join fetch f.village left join fetch f.focusArea left join fetch f.unit left join fetch f.participation "
                + "where f.id in :ids", FeedbackItem.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(FeedbackItem::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
