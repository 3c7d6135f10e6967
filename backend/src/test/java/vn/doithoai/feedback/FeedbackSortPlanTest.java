package vn.doithoai.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestClock;

/**
 * Oldest first reads the same indexes as the list order, forwards: MariaDB's plan for each way a page is read (a plan's
 * items, one body's, the whole table's) sorts nothing, on the first page and after a cursor.
 */
@QuarkusTest
class FeedbackSortPlanTest {

    @Inject
    FeedbackSearch search;

    @Inject
    DataSource dataSource;

    private List<String> explain(FeedbackSearch.Filter filter, FeedbackAccess.Scope scope, FeedbackCursor cursor) throws Exception {
        FeedbackSearch.Drive drive = search.drive(filter, scope);
        List<Object> params = new ArrayList<>();
        String sql = search.pageSql(filter, scope, drive, null, null, cursor, 21, params, false, true);
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                s.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString("table") + " " + r.getString("key") + " " + r.getString("Extra"));
                }
            }
        }
        return rows;
    }

    @Test
    void oldestFirstSortsNothing() throws Exception {
        FeedbackCursor cursor = new FeedbackCursor(0, TestClock.now(), 1_000_000L);
        FeedbackSearch.Filter ofPlan = new FeedbackSearch.Filter(1L, null, null, null, null, null, null, null);
        FeedbackSearch.Filter all = new FeedbackSearch.Filter(null, null, null, null, null, null, null, null);
        FeedbackAccess.Scope oneBody = FeedbackAccess.Scope.bodies(Set.of(1L));
        assertEquals(FeedbackSearch.Drive.NARROWED, search.drive(ofPlan, null));
        assertEquals(FeedbackSearch.Drive.WHOLE, search.drive(all, null));
        for (var plan : List.of(explain(ofPlan, null, null), explain(ofPlan, null, cursor), explain(all, null, null),
                explain(all, null, cursor), explain(all, oneBody, null), explain(all, oneBody, cursor))) {
            String driving = plan.get(0);
            assertFalse(driving.contains("filesort"), "no sort of the scope's items: " + plan);
        }
    }
}
