package vn.doithoai.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.paging.Sort;
import vn.doithoai.feedback.dto.FeedbackPage;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.OrgUnitIds;
import vn.doithoai.plan.PlanAccess;

/**
 * Feedback lists that stay fast over a million items: filters and the caller's scope on indexed columns, items raised
 * before and still open first, then newest first, paged by a cursor on (precedence, created_at, id) instead of an
 * offset, and no total count.
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
    /**
     * How many of the newest items a search across plans reads before it turns to the FULLTEXT index: enough for a page
     * of words found in one item of twelve; 2,000 cost 13 ms of MariaDB per page in the benchmark.
     */
    public static final int WINDOW = 500;

    /** The columns of a list row (FeedbackViews.ListRow), in its order. */
    private static final String COLUMNS = "select f.id, f.tracking_code, f.plan_id, f.kind, f.channel, f.status, f.title, f.content, "
            + "w.code, w.name, v.code, v.name, a.id, a.title, u.code, u.name, f.priority, f.reject_reason, f.participation_id, "
            + "f.submitter_name, f.submitter_phone, f.submitter_email, f.account, f.answer_text, f.answer_drafted_by, "
            + "f.answer_drafted_at, f.answer_edited_by, f.answer_edited_at, f.answer_return_reason, f.answer_returned_by, "
            + "f.answer_returned_at, f.answer_submitted_by, f.answer_submitted_at, f.answer_approved_by, f.answer_approved_at, "
            + "f.created_at, f.updated_at, f.version, f.merged_into_id, f.merged_count, f.merged_submitters, f.merged_wards, "
            + "f.precedence, " + CoordinatingUnits.SQL_COLUMN + ", f.session_answered_by, f.session_answered_at, f.session_note, "
            + "f.partner, f.external_reference";
    /** SELECT and JOINS are public for the benchmark's plain-JDBC side, which must run the endpoint's statement. */
    public static final String SELECT = COLUMNS + " from feedback_item f";
    /** List order: items raised at an earlier dialogue and still open first, then newest first. */
    private static final String ORDER = " order by f.precedence desc, f.created_at desc, f.id desc";
    /**
     * The list order turned round (sort=createdAt, oldest first): every index is (…, precedence, created_at, id), so the
     * whole order reversed is the same index ranges read forwards; the items raised before then come last. Oldest first
     * with them still on top would mix directions, which no index serves: a sort of all the scope's items per page.
     */
    private static final String REVERSED = " order by f.precedence, f.created_at, f.id";
    /** The fields a feedback list may be sorted by: only the one its indexes hold in order. */
    public static final List<String> SORTS = List.of("createdAt");
    /** Newest first, the items raised before on top. */
    public static final Sort DEFAULT_SORT = Sort.descending("createdAt");
    /**
     * Up to how many items the first page counts exactly: a count reads every matching row, so beyond this the list says
     * "more than" instead of reading a million index entries (a province's whole list) on every first page.
     */
    public static final int COUNT_CAP = 10_000;
    public static final String JOINS = " left join org_unit w on w.id = f.ward_id left join org_unit v on v.id = f.village_id "
            + "left join plan_focus_area a on a.id = f.focus_area_id left join org_unit u on u.id = f.unit_id";

    @Inject
    DataSource dataSource;

    @Inject
    FeedbackAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    OrgUnitIds orgUnitIds;

    @Inject
    Bodies bodies;

    /**
     * Filters of a feedback list; null means any. Ward and unit by code. raisedBefore: only items raised at an earlier
     * dialogue and still open (true) or only the others (false). Merged items (in another item's group) are left out
     * unless includeMerged, except from a citizen's own list: there they are the citizen's only way to their item.
     * open: only items still being handled, up to the chair's approval of the answer (true), or only the others (false).
     */
    public record Filter(Long planId, Long focusAreaId, String wardCode, String unitCode, FeedbackStatus status,
            FeedbackChannel channel, FeedbackKind kind, String q, Boolean raisedBefore, boolean includeMerged, Boolean open) {

        public Filter(Long planId, Long focusAreaId, String wardCode, String unitCode, FeedbackStatus status, FeedbackChannel channel,
                FeedbackKind kind, String q, Boolean raisedBefore, boolean includeMerged) {
            this(planId, focusAreaId, wardCode, unitCode, status, channel, kind, q, raisedBefore, includeMerged, null);
        }

        public Filter(Long planId, Long focusAreaId, String wardCode, String unitCode, FeedbackStatus status, FeedbackChannel channel,
                FeedbackKind kind, String q) {
            this(planId, focusAreaId, wardCode, unitCode, status, channel, kind, q, null, false, null);
        }
    }

    /** Items still being handled: received, and not yet answered with the chair's approval, ruled or rejected. */
    public static final List<FeedbackStatus> OPEN = List.of(FeedbackStatus.RECEIVED, FeedbackStatus.CLASSIFIED, FeedbackStatus.ASSIGNED,
            FeedbackStatus.ANSWER_DRAFTED, FeedbackStatus.ANSWER_SUBMITTED);

    public FeedbackPage list(Filter filter, String after, String size) {
        return list(filter, null, after, size);
    }

    /**
     * A page in the order asked ({@code sort}: null or "-createdAt" for the list order, "createdAt" for it turned round).
     * The first page also says how many items the list holds, up to {@link #COUNT_CAP}, when no words are searched: a
     * count of a word search reads every row of the scope (the list itself stops after a page).
     */
    public FeedbackPage list(Filter filter, String sort, String after, String size) {
        int limit = PageRequest.size(size);
        boolean reversed = !Sort.parse(sort, DEFAULT_SORT, SORTS).descending();
        FeedbackCursor cursor = FeedbackCursor.parse(after);
        FeedbackAccess.Scope scope = access.scope();
        Drive drive = drive(filter, scope);
        List<FeedbackViews.ListRow> rows;
        Long total = null;
        try (Connection connection = dataSource.getConnection()) {
            Long wardId = unitId(connection, filter, filter.wardCode(), "ward");
            Long unitId = unitId(connection, filter, filter.unitCode(), "unit");
            rows = null;
            if (drive != Drive.NARROWED && !SearchText.normalise(filter.q()).isEmpty()) {
                // Common words over many items: FULLTEXT would gather every match (tens of thousands) to sort them, while
                // the newest rows usually hold a page. Only when they don't does the index answer.
                List<Object> params = new ArrayList<>();
                rows = rows(connection, pageSql(filter, scope, drive, wardId, unitId, cursor, limit + 1, params, true, reversed), params);
                if (rows.size() <= limit) {
                    rows = null;
                }
            }
            if (rows == null) {
                List<Object> params = new ArrayList<>();
                rows = rows(connection, pageSql(filter, scope, drive, wardId, unitId, cursor, limit + 1, params, false, reversed), params);
            }
            if (rows.isEmpty()) {
                requirePlan(connection, filter);
            }
            if (cursor == null && SearchText.normalise(filter.q()).isEmpty()) {
                total = rows.size() <= limit ? (long) rows.size() : countUpTo(connection, filter, scope, wardId, unitId, COUNT_CAP + 1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feedback list: " + e.getMessage(), e);
        }
        boolean more = rows.size() > limit;
        List<FeedbackViews.ListRow> page = more ? rows.subList(0, limit) : rows;
        FeedbackViews.ListRow last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new FeedbackCursor(last.precedence(), last.createdAt(), last.id()).encode() : null;
        boolean capped = total != null && total > COUNT_CAP;
        return new FeedbackPage(page.stream().map(f -> FeedbackViews.of(f, access)).toList(), next,
                capped ? Long.valueOf(COUNT_CAP) : total, capped);
    }

    /**
     * The list read as a change feed: the items of the caller's scope and filters changed at or after {@code updatedSince}
     * (or after the cursor), in the stable order (updatedAt, id); no count. For partner systems keeping a copy in sync.
     */
    public FeedbackPage changes(Filter filter, ChangeCursor from, String size) {
        int limit = PageRequest.size(size);
        FeedbackAccess.Scope scope = access.scope();
        List<FeedbackViews.ListRow> rows;
        try (Connection connection = dataSource.getConnection()) {
            Long wardId = unitId(connection, filter, filter.wardCode(), "ward");
            Long unitId = unitId(connection, filter, filter.unitCode(), "unit");
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder(COLUMNS).append(" from feedback_item f").append(JOINS).append(" where 1 = 1");
            if (scope != null) {
                sql.append(" and ").append(scope.condition());
                params.addAll(scope.params());
            }
            filters(sql, params, filter, wardId, unitId, null, scope, Drive.NARROWED, false, false);
            sql.append(" and ").append(from.condition("f")).append(" order by f.updated_at, f.id limit ?");
            params.addAll(from.params());
            params.add(limit + 1);
            rows = rows(connection, sql.toString(), params);
            if (rows.isEmpty()) {
                requirePlan(connection, filter);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feedback changes: " + e.getMessage(), e);
        }
        boolean more = rows.size() > limit;
        List<FeedbackViews.ListRow> page = more ? rows.subList(0, limit) : rows;
        FeedbackViews.ListRow last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? ChangeCursor.after(last.updatedAt(), last.id()).encode() : null;
        return new FeedbackPage(page.stream().map(f -> FeedbackViews.of(f, access)).toList(), next);
    }

    /**
     * How many items the list with this filter holds over all its pages: the same scope and filters as {@link #list}, so a
     * count that opens the list (the to-do) always agrees with it. Counted, not paged: meant for the narrow working
     * filters (a status within the caller's bodies, a plan, a unit, a ward), each read along its own index.
     */
    public long count(Filter filter) {
        FeedbackAccess.Scope scope = access.scope();
        try (Connection connection = dataSource.getConnection()) {
            Long wardId = unitId(connection, filter, filter.wardCode(), "ward");
            Long unitId = unitId(connection, filter, filter.unitCode(), "unit");
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("select count(*) from feedback_item f where 1 = 1");
            if (scope != null) {
                sql.append(" and ").append(scope.condition());
                params.addAll(scope.params());
            }
            filters(sql, params, filter, wardId, unitId, null, scope, Drive.NARROWED, false, false);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                bind(statement, params, Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC)));
                try (ResultSet r = statement.executeQuery()) {
                    r.next();
                    long count = r.getLong(1);
                    if (count == 0) {
                        requirePlan(connection, filter);
                    }
                    return count;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feedback count: " + e.getMessage(), e);
        }
    }

    /**
     * How many items the list holds, reading at most {@code cap} of them: the scope and filters as in {@link #count}, the
     * count of a subquery with a LIMIT so that MariaDB stops at the cap.
     */
    private long countUpTo(Connection connection, Filter filter, FeedbackAccess.Scope scope, Long wardId, Long unitId, int cap)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from feedback_item f where 1 = 1");
        if (scope != null) {
            sql.append(" and ").append(scope.condition());
            params.addAll(scope.params());
        }
        filters(sql, params, filter, wardId, unitId, null, scope, Drive.NARROWED, false, false);
        sql.append(" limit ?) counted");
        params.add(cap);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            bind(statement, params, Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC)));
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * What a page is read along, in list order. Measured over 1,000,000 items in 100 bodies (BodiesBench): left to
     * itself with "f.body_id in (…) order by … limit 21", MariaDB sorts every item of the caller's bodies (5 s for a
     * province's hundred; 80 ms for a body and the two it carries on), or walks the whole table's newest-first index
     * for a small body's few.
     */
    enum Drive {
        /**
         * A plan, focus area, place, unit or tracking code, or a ward officer's, unit's or citizen's own items: that
         * column's index, the rest (bodies too) tested on its rows.
         */
        NARROWED,
        /** A few bodies (an office's own, and those it carries on): each body's range of its own index, merged. */
        BODIES,
        /**
         * Every body, or many (the installation's administrator, a province's oversight): the newest items of the whole
         * table, each tested for the caller's bodies; nearly every one is theirs.
         */
        WHOLE
    }

    Drive drive(Filter f, FeedbackAccess.Scope scope) {
        if (f.planId() != null || f.focusAreaId() != null || f.wardCode() != null || f.unitCode() != null
                || TrackingCodes.parse(f.q()) != null) {
            return Drive.NARROWED;
        }
        if (scope == null) {
            return Drive.WHOLE;
        }
        if (!scope.bodyOnly()) {
            return Drive.NARROWED;
        }
        // Merging reads about a page per body; testing the newest items reads about a page divided by the bodies' share
        // of all items, N / k pages for k of N bodies alike: merging costs less below the square root of N.
        int k = scope.bodies().size();
        return k * k < bodies.count() ? Drive.BODIES : Drive.WHOLE;
    }

    /**
     * One page with everything the view shows, in one statement: the conditions on indexed columns of feedback_item
     * (the driving table: every join is a LEFT JOIN on a primary key, so the page is still a range read of one index,
     * newest first), no entities. The plan is checked only when the page is empty (a row of the plan proves it exists).
     * {@code newestOnly}: only the next WINDOW items of the scope are looked at, read from indexes alone.
     */
    String pageSql(Filter f, FeedbackAccess.Scope scope, Drive drive, Long wardId, Long unitId, FeedbackCursor cursor, int limit,
            List<Object> params, boolean newestOnly) {
        return pageSql(f, scope, drive, wardId, unitId, cursor, limit, params, newestOnly, false);
    }

    /** As above, in the list order or ({@code reversed}) that order turned round. */
    String pageSql(Filter f, FeedbackAccess.Scope scope, Drive drive, Long wardId, Long unitId, FeedbackCursor cursor, int limit,
            List<Object> params, boolean newestOnly, boolean reversed) {
        String order = reversed ? REVERSED : ORDER;
        StringBuilder sql = new StringBuilder(COLUMNS);
        if (newestOnly) {
            sql.append(" from (");
            window(sql, params, scope, drive, cursor, reversed);
            sql.append(") newest join feedback_item f on f.id = newest.id");
        } else if (drive == Drive.BODIES && scope.bodies().size() > 1 && !matches(f, drive, newestOnly)) {
            // Each body's first page from its own index, then the first of them all: a few index ranges read in order
            // instead of every item of the bodies sorted.
            sql.append(" from (");
            for (int i = 0; i < scope.bodies().size(); i++) {
                sql.append(i == 0 ? "(" : " union all (").append("select f.id from feedback_item f force index (")
                        .append(bodyIndex(f)).append(") where f.body_id = ?");
                params.add(scope.bodies().get(i));
                filters(sql, params, f, wardId, unitId, cursor, scope, drive, false, reversed);
                sql.append(order).append(" limit ?)");
                params.add(limit);
            }
            sql.append(") page join feedback_item f on f.id = page.id").append(JOINS).append(order).append(" limit ?");
            params.add(limit);
            return sql.toString();
        } else {
            sql.append(" from feedback_item f");
            if (drive == Drive.BODIES && !matches(f, drive, newestOnly)) {
                sql.append(" force index (").append(bodyIndex(f)).append(")");
            } else if (drive == Drive.WHOLE && !matches(f, drive, newestOnly)) {
                // The newest items are the page; left a choice, MariaDB first weighs each of the caller's bodies in the
                // body indexes (two index dives per body: for a province's hundred, most of the statement's time).
                sql.append(" force index (ix_feedback_created)");
            } else if (drive == Drive.NARROWED) {
                // An equality on plan, place, unit, area or scope has its own (column, created_at, id) index. Left a choice,
                // MariaDB reads the whole table's created_at index newest first for ORDER BY … LIMIT and filters it: for
                // "ve sinh moi truong" within one plan of 20 that read 3,744 rows (107 ms cold) against 205 (3.6 ms).
                sql.append(" ignore index (ix_feedback_created)");
            }
        }
        sql.append(JOINS).append(" where 1 = 1");
        if (scope != null) {
            sql.append(" and ").append(scope.condition());
            params.addAll(scope.params());
        }
        filters(sql, params, f, wardId, unitId, cursor, scope, drive, matches(f, drive, newestOnly), reversed);
        sql.append(order).append(" limit ?");
        params.add(limit);
        return sql.toString();
    }

    /**
     * The next WINDOW items of the scope in list order, ids only: the whole table's newest, or each body's newest and
     * the first of them all (a body's newest alone would put its older items before another body's newer ones).
     */
    private static void window(StringBuilder sql, List<Object> params, FeedbackAccess.Scope scope, Drive drive, FeedbackCursor cursor,
            boolean reversed) {
        String order = reversed ? REVERSED : ORDER;
        if (drive == Drive.WHOLE) {
            sql.append("select f.id from feedback_item f force index (ix_feedback_created) where 1 = 1");
            after(sql, params, cursor, reversed);
            sql.append(order).append(" limit ").append(WINDOW);
            return;
        }
        sql.append("select w.id from (");
        for (int i = 0; i < scope.bodies().size(); i++) {
            sql.append(i == 0 ? "(" : " union all (").append("select f.id, f.precedence, f.created_at from feedback_item f force index "
                    + "(ix_feedback_body) where f.body_id = ?");
            params.add(scope.bodies().get(i));
            after(sql, params, cursor, reversed);
            sql.append(order).append(" limit ").append(WINDOW).append(")");
        }
        sql.append(") w order by ").append(reversed ? "w.precedence, w.created_at, w.id" : "w.precedence desc, w.created_at desc, w.id desc")
                .append(" limit ").append(WINDOW);
    }

    /** A body's index for the filters asked: with the status when one is (the office's working lists), else without. */
    private static String bodyIndex(Filter f) {
        return f.status() != null ? "ix_feedback_body_status" : "ix_feedback_body";
    }

    /** Whether the FULLTEXT index narrows this statement: words over many items, after the newest ones fell short. */
    private static boolean matches(Filter f, Drive drive, boolean newestOnly) {
        return drive != Drive.NARROWED && !newestOnly && !indexedWords(f.q()).isEmpty();
    }

    /** The filters, merged items, text and cursor: the conditions every part of a page's statement applies to f. */
    private static void filters(StringBuilder where, List<Object> params, Filter f, Long wardId, Long unitId, FeedbackCursor cursor,
            FeedbackAccess.Scope scope, Drive drive, boolean match, boolean reversed) {
        condition(where, params, "f.plan_id", f.planId());
        condition(where, params, "f.focus_area_id", f.focusAreaId());
        condition(where, params, "f.ward_id", wardId);
        condition(where, params, "f.unit_id", unitId);
        condition(where, params, "f.status", f.status() == null ? null : f.status().name());
        condition(where, params, "f.channel", f.channel() == null ? null : f.channel().name());
        condition(where, params, "f.kind", f.kind() == null ? null : f.kind().name());
        condition(where, params, "f.precedence", f.raisedBefore() == null ? null : f.raisedBefore() ? 1 : 0);
        if (f.open() != null) {
            where.append(f.open() ? " and f.status in (" : " and f.status not in (")
                    .append(String.join(", ", java.util.Collections.nCopies(OPEN.size(), "?"))).append(")");
            OPEN.forEach(status -> params.add(status.name()));
        }
        if (!f.includeMerged() && !(scope != null && scope.ownItems())) {
            where.append(" and f.merged_into_id is null");
        }
        String code = TrackingCodes.parse(f.q());
        if (code != null) {
            where.append(" and f.tracking_code = ?");
            params.add(code);
        } else {
            text(where, params, f.q(), match);
        }
        after(where, params, cursor, reversed);
    }

    /** After the cursor in list order: items raised before and still open first (precedence 1), newest first within each. */
    private static void after(StringBuilder where, List<Object> params, FeedbackCursor cursor, boolean reversed) {
        if (cursor != null) {
            // Written per segment so that each is a range of the (…, precedence, created_at, id) indexes.
            String within = reversed ? "(f.created_at > ? or f.created_at = ? and f.id > ?)" : "(f.created_at < ? or f.created_at = ? and f.id < ?)";
            // The segment read last: precedence 0 in the list order, 1 when it is turned round.
            int last = reversed ? 1 : 0;
            where.append(cursor.precedence() == last ? " and f.precedence = " + last + " and " + within
                    : " and (f.precedence = " + last + " or f.precedence = " + (1 - last) + " and " + within + ")");
            params.add(cursor.createdAt());
            params.add(cursor.createdAt());
            params.add(cursor.id());
        }
    }

    private static void condition(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void text(StringBuilder where, List<Object> params, String q, boolean match) {
        List<String> words = words(q);
        String indexed = indexedWords(q);
        if (match && !indexed.isEmpty()) {
            where.append(" and match(f.search_text) against (? in boolean mode)");
            params.add(indexed);
        }
        for (String word : words) {
            where.append(" and f.search_text like ?");
            params.add("%" + word + "%");
        }
    }

    private static List<String> words(String q) {
        String normalised = SearchText.normalise(q);
        return normalised.isEmpty() ? List.of() : Arrays.stream(normalised.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /** The words the FULLTEXT index holds, all required, the last as a prefix (it may still be being typed); "" if none. */
    private static String indexedWords(String q) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        return words.stream().filter(w -> w.length() >= 3 && !STOPWORDS.contains(w)).map(w -> "+" + w + (w.equals(last) ? "*" : ""))
                .collect(Collectors.joining(" "));
    }

    /** List rows of the given items, in the order given (e.g. best match first); ids not found are left out. */
    List<FeedbackViews.ListRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + JOINS + " where f.id in (" + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
        try (Connection connection = dataSource.getConnection()) {
            var byId = rows(connection, sql, List.copyOf(ids)).stream()
                    .collect(Collectors.toMap(FeedbackViews.ListRow::id, row -> row));
            return ids.stream().filter(byId::containsKey).map(byId::get).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("feedback rows: " + e.getMessage(), e);
        }
    }

    /** The id of a ward or unit by code; an unknown code is a 400 naming the field (after the plan's 404, as before). */
    private Long unitId(Connection connection, Filter filter, String code, String field) throws SQLException {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<Long> id = orgUnitIds.find(code.strip());
        if (id.isPresent()) {
            return id.get();
        }
        requirePlan(connection, filter);
        throw InvalidInputException.of(field, "orgunit.not-found", code);
    }

    /** The plan asked for exists for the caller (another body's does not): checked when its page alone cannot prove it. */
    private void requirePlan(Connection connection, Filter filter) {
        if (filter.planId() != null) {
            plans.readable(filter.planId());
        }
    }

    private static List<FeedbackViews.ListRow> rows(Connection connection, String sql, List<Object> params) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params, utc);
            List<FeedbackViews.ListRow> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new FeedbackViews.ListRow(r.getLong(1), r.getString(2), r.getLong(3), FeedbackKind.valueOf(r.getString(4)),
                            FeedbackChannel.valueOf(r.getString(5)), FeedbackStatus.valueOf(r.getString(6)), r.getString(7),
                            r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getObject(13, Long.class),
                            r.getString(14), r.getString(15), r.getString(16), priority(r.getString(17)), r.getString(18),
                            r.getObject(19, Long.class), r.getString(20), r.getString(21), r.getString(22), r.getString(23),
                            r.getString(24), r.getString(25), instant(r, 26, utc), r.getString(27), instant(r, 28, utc), r.getString(29),
                            r.getString(30), instant(r, 31, utc), r.getString(32), instant(r, 33, utc), r.getString(34),
                            instant(r, 35, utc), instant(r, 36, utc), instant(r, 37, utc), r.getLong(38), r.getObject(39, Long.class),
                            r.getInt(40), r.getInt(41), r.getInt(42), r.getInt(43), CoordinatingUnits.parse(r.getString(44)),
                            r.getString(45), instant(r, 46, utc), r.getString(47), r.getString(48), r.getString(49)));
                }
            }
            return rows;
        }
    }

    private static FeedbackPriority priority(String value) {
        return value == null ? null : FeedbackPriority.valueOf(value);
    }

    private static void bind(PreparedStatement statement, List<Object> params, Calendar utc) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant), utc);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** As Hibernate reads it (quarkus.hibernate-orm.jdbc.timezone=UTC). */
    private static Instant instant(ResultSet r, int column, Calendar utc) throws SQLException {
        Timestamp value = r.getTimestamp(column, utc);
        return value == null ? null : value.toInstant();
    }
}
