package vn.doithoai.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import vn.doithoai.feedback.FeedbackStatements;
import vn.doithoai.feedback.SearchText;

/**
 * Feedback items for the list benchmarks, written straight into feedback_item over JDBC in multi-row INSERTs (a
 * million in minutes), with the normalised search text the application writes; and a page read back over plain JDBC
 * as the endpoint reads it (every column of its statement, mapped to a row).
 */
final class FeedbackRows {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String[] KINDS = { "OPINION", "PETITION", "REPORT" };
    static final String[] CHANNELS = { "CITIZEN_ONLINE", "WARD_COLLECTED", "ORGANISATION_REPORT", "AT_SESSION" };
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int BATCH = 1000;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    static final String[][] TEXTS = {
            { "Vệ sinh môi trường khu chợ", "Rác thải sinh hoạt ở khu vực chợ chưa được thu gom thường xuyên, bốc mùi hôi." },
            { "Đường giao thông nông thôn xuống cấp", "Tuyến đường liên thôn hư hỏng nặng, mùa mưa lầy lội, xe chở nông sản không đi được." },
            { "Hệ thống thoát nước bị tắc", "Mương thoát nước dọc tuyến đường bị bùn đất lấp đầy, mưa lớn là nước tràn vào nhà dân." },
            { "Cấp giấy chứng nhận quyền sử dụng đất", "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp đã lâu nhưng chưa được giải quyết." },
            { "Thủ tục hành chính còn chậm", "Bộ phận một cửa hẹn lại nhiều lần, không ghi phiếu hẹn, người dân phải đi lại nhiều." },
            { "An ninh trật tự ban đêm", "Thanh thiếu niên tụ tập đua xe sau 23 giờ, gây mất an ninh trật tự khu dân cư." },
            { "Lấn chiếm vỉa hè", "Nhiều hộ kinh doanh bày hàng, để xe trên vỉa hè, người đi bộ phải xuống lòng đường." },
            { "Kênh mương nội đồng", "Kênh mương nội đồng là kênh đất, sạt lở hằng năm, nước không về kịp ruộng." },
            { "Đèn chiếu sáng công cộng", "Tuyến đường kiệt không có đèn chiếu sáng, buổi tối tiềm ẩn nguy cơ mất an toàn." },
            { "Bồi thường giải phóng mặt bằng", "Đơn giá bồi thường đất nông nghiệp thấp hơn các dự án lân cận, đề nghị xem xét lại." },
            { "Khai thác cát trái phép", "Thuyền hút cát trái phép ban đêm gây sạt lở bờ sông, đất sản xuất bị mất dần." },
            { "Tiêm chủng cho trẻ em", "Đề nghị trạm y tế thông báo lịch tiêm chủng sớm hơn để phụ huynh sắp xếp thời gian." } };

    private FeedbackRows() {
    }

    /** What a bench writes for one item; a unit only once the item is assigned, a priority once classified. */
    record Item(long planId, long bodyId, long wardId, Long focusAreaId, Long unitId, String status, LocalDateTime createdAt,
            boolean raisedBefore) {
    }

    @FunctionalInterface
    interface Load {
        void into(Writer writer) throws SQLException;
    }

    /**
     * Writes what {@code load} gives, in batches, with the FULLTEXT index dropped first and built once at the end (as a
     * bulk load into a live system would); the B-tree indexes are kept up all along. Returns the seconds the rows took.
     */
    static double bulk(DataSource dataSource, SplittableRandom random, Load load) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Building the index over a million rows takes longer than a request's statements may (the datasource's
            // socketTimeout): no limit for this connection while it loads, the usual one again before it goes back.
            int usualTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
            try {
                long t0 = System.nanoTime();
                statement.execute("alter table feedback_item drop index ft_feedback_search");
                Writer writer = new Writer(statement, random);
                load.into(writer);
                writer.flush();
                long t1 = System.nanoTime();
                // ALGORITHM=COPY: after DROP INDEX and the bulk insert, an in-place ADD FULLTEXT (MariaDB 10.11) builds an
                // index in which MATCH finds nothing, not even "+khai" in 392 rows holding it; a table copy (or OPTIMIZE
                // TABLE afterwards) gives a working one. The check before measuring (same rows as plain JDBC) guards this.
                statement.execute("alter table feedback_item add fulltext index ft_feedback_search (search_text), algorithm = copy");
                statement.execute("analyze table feedback_item, plan");
                return (t1 - t0) / 1e9;
            } finally {
                connection.setNetworkTimeout(Runnable::run, usualTimeout);
            }
        }
    }

    /** Items in multi-row INSERTs of a thousand; each gets a distinct tracking code and the search text of its words. */
    static final class Writer {
        private final Statement statement;
        private final SplittableRandom random;
        private final StringBuilder sql = new StringBuilder();
        private int pending;
        private int written;

        private Writer(Statement statement, SplittableRandom random) {
            this.statement = statement;
            this.random = random;
        }

        int written() {
            return written + pending;
        }

        void add(Item item) throws SQLException {
            int n = written();
            String[] text = TEXTS[random.nextInt(TEXTS.length)];
            // Six letters: never one of the five-letter codes the demo's items drew at random (a clash failed a load).
            String code = "DT-" + item.createdAt().getYear() + "-B" + code(n);
            String title = text[0] + " số " + (n % 997);
            String created = item.createdAt().atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC).format(UTC);
            boolean received = item.status().equals("RECEIVED");
            sql.append(pending == 0 ? "insert into feedback_item (plan_id, body_id, tracking_code, kind, channel, status, ward_id, "
                    + "focus_area_id, title, content, search_text, unit_id, priority, precedence, version, created_by, created_at, "
                    + "updated_at) values " : ",");
            sql.append('(').append(item.planId()).append(',').append(item.bodyId()).append(",'").append(code).append("','")
                    .append(KINDS[random.nextInt(3)]).append("','").append(CHANNELS[random.nextInt(4)]).append("','")
                    .append(item.status()).append("',").append(item.wardId()).append(',')
                    .append(received || item.focusAreaId() == null ? "null" : item.focusAreaId().toString()).append(",'")
                    .append(title).append("','").append(text[1]).append("','")
                    .append(SearchText.normalise(title + " " + text[1] + " " + code)).append("',")
                    .append(item.unitId() == null ? "null" : item.unitId().toString()).append(',')
                    .append(received ? "null" : "'NORMAL'").append(',').append(item.raisedBefore() ? 1 : 0)
                    .append(",0,'bench','").append(created).append("','").append(created).append("')");
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeUpdate(sql.toString());
                written += pending;
                pending = 0;
                sql.setLength(0);
            }
        }
    }

    /** A distinct 5-letter code per row from the tracking-code alphabet. */
    private static String code(int n) {
        char[] c = new char[5];
        for (int i = 4; i >= 0; i--) {
            c[i] = ALPHABET.charAt(n % ALPHABET.length());
            n /= ALPHABET.length();
        }
        return new String(c);
    }

    /** One list row as the endpoint shows it, mapped from plain JDBC. */
    private record Row(long id, String trackingCode, long planId, String kind, String channel, String status, String title,
            String content, String wardCode, String wardName, String unitCode, String unitName, Long focusAreaId, String focusAreaTitle,
            String priority, Instant createdAt, Instant updatedAt, long version) {
    }

    /**
     * What the endpoint does for a first page of {@code size}, in plain JDBC: its statements in the order it tries them
     * (the next one only when a statement gives no full page), each page read as it reads it; the ids in order.
     */
    static List<Long> firstPage(DataSource dataSource, List<FeedbackStatements.Statement> statements, int size) throws SQLException {
        List<Long> ids = List.of();
        for (FeedbackStatements.Statement statement : statements) {
            ids = page(dataSource, statement.sql(), statement.params());
            if (ids.size() > size) {
                break;
            }
        }
        return ids.size() > size ? ids.subList(0, size) : ids;
    }

    /**
     * A page in plain JDBC as the endpoint reads it: the same statement (FeedbackSearch's columns), every column read
     * and mapped to a row; the ids in order.
     */
    static List<Long> page(DataSource dataSource, String sql, List<?> params) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement page = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                page.setObject(i + 1, params.get(i));
            }
            List<Row> result = new ArrayList<>();
            try (ResultSet r = page.executeQuery()) {
                while (r.next()) {
                    for (int c = 17; c <= 35; c++) {
                        r.getObject(c); // the sender and answer columns the endpoint reads too
                    }
                    result.add(new Row(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(15), r.getString(16),
                            r.getObject(13, Long.class), r.getString(14), r.getString(17), r.getTimestamp(36).toInstant(),
                            r.getTimestamp(37).toInstant(), r.getLong(38)));
                }
            }
            return result.stream().map(Row::id).toList();
        }
    }
}
