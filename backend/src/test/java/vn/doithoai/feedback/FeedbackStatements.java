package vn.doithoai.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statements FeedbackSearch runs for a first page, for the benchmarks' plain-JDBC side: the same SQL with the same
 * parameters, as an office (or an overseeing office) of the given bodies would have them run.
 */
public final class FeedbackStatements {

    /** One statement and its parameters. */
    public record Statement(String sql, List<Object> params) {
    }

    private FeedbackStatements() {
    }

    /**
     * In the order the endpoint tries them: for words over many items the newest items first, then the FULLTEXT index
     * when they hold no full page; otherwise one statement. {@code bodies}: the caller's readable bodies (null: every
     * one, as the installation's administrator). The page asked for has {@code size} items (one more is read).
     */
    public static List<Statement> firstPage(FeedbackSearch search, Set<Long> bodies, FeedbackSearch.Filter filter, Long wardId,
            Long unitId, int size) {
        FeedbackAccess.Scope scope = bodies == null ? null : FeedbackAccess.Scope.bodies(bodies);
        FeedbackSearch.Drive drive = search.drive(filter, scope);
        List<Statement> statements = new ArrayList<>();
        if (drive != FeedbackSearch.Drive.NARROWED && !SearchText.normalise(filter.q()).isEmpty()) {
            statements.add(statement(search, filter, scope, drive, wardId, unitId, size, true));
        }
        statements.add(statement(search, filter, scope, drive, wardId, unitId, size, false));
        return statements;
    }

    private static Statement statement(FeedbackSearch search, FeedbackSearch.Filter filter, FeedbackAccess.Scope scope,
            FeedbackSearch.Drive drive, Long wardId, Long unitId, int size, boolean newestOnly) {
        List<Object> params = new ArrayList<>();
        String sql = search.pageSql(filter, scope, drive, wardId, unitId, null, size + 1, params, newestOnly);
        return new Statement(sql, params);
    }
}
