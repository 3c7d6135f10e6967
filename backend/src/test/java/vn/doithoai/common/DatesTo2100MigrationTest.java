package vn.doithoai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.doithoai.testsupport.EmbeddedMariaDb;

/**
 * The move from TIMESTAMP (which ends in 2038) to DATETIME(6), run on a database of its own: rows written by the
 * application before the migration read back as the same instants after it, and no TIMESTAMP column is left.
 *
 * <p>The connections run in a session time zone other than UTC (+07:00), as on a server set to Vietnam's time: the
 * application's UTC text went through that zone into the TIMESTAMP, and must come back out of it unchanged.
 */
class DatesTo2100MigrationTest {

    private static final String LAST_BEFORE = "18";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private static EmbeddedMariaDb server;
    private static Path workDir;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("doithoai-migration-test");
        server = EmbeddedMariaDb.start(EmbeddedMariaDb.freePort(), workDir.resolve("data"), workDir.resolve("server"));
        url = server.jdbcUrl() + "?sessionVariables=time_zone='+07:00'";
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void instantsWrittenBeforeTheMigrationReadTheSameAfterItAndYearsTo2100Fit() throws Exception {
        flyway(LAST_BEFORE).migrate();
        // Like Hibernate with jdbc.timezone=UTC: instants go over the wire as UTC wall-clock text.
        Instant created = Instant.parse("2022-10-20T01:30:15.123456Z");
        Instant updated = Instant.parse("2037-12-31T23:59:59.999999Z");
        Instant occurred = Instant.parse("1999-03-04T17:05:00Z");
        try (Connection c = connect()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into org_unit (code, kind, name, created_at, updated_at) values ('xa-thu', 'COMMUNE', 'Xã Thử', ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(created), UTC);
                insert.setTimestamp(2, Timestamp.from(updated), UTC);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into audit_log (occurred_at, actor, entity_type, entity_id, action, "
                    + "changes) values (?, 'vanphong', 'OrgUnit', 'xa-thu', 'created', '{}')")) {
                insert.setTimestamp(1, Timestamp.from(occurred), UTC);
                insert.executeUpdate();
            }
        }

        flyway(null).migrate();

        try (Connection c = connect()) {
            assertEquals(List.of(), timestampColumns(c), "columns still of type TIMESTAMP (they end in 2038)");
            try (ResultSet r = c.createStatement().executeQuery("select created_at, updated_at from org_unit where code = 'xa-thu'")) {
                assertTrue(r.next());
                assertEquals(created, r.getTimestamp(1, UTC).toInstant());
                assertEquals(updated, r.getTimestamp(2, UTC).toInstant());
            }
            try (ResultSet r = c.createStatement().executeQuery("select occurred_at from audit_log where entity_id = 'xa-thu'")) {
                assertTrue(r.next());
                assertEquals(occurred, r.getTimestamp(1, UTC).toInstant());
            }
            // The last moment of 2100 in Vietnam, which a TIMESTAMP refused.
            Instant last = Instant.parse("2100-12-31T16:59:59.999999Z");
            try (PreparedStatement update = c.prepareStatement("update org_unit set updated_at = ? where code = 'xa-thu'")) {
                update.setTimestamp(1, Timestamp.from(last), UTC);
                update.executeUpdate();
            }
            try (ResultSet r = c.createStatement().executeQuery("select updated_at from org_unit where code = 'xa-thu'")) {
                assertTrue(r.next());
                assertEquals(last, r.getTimestamp(1, UTC).toInstant());
            }
        }
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD).locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static List<String> timestampColumns(Connection c) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = database() and data_type = 'timestamp' "
                // Flyway's own history: stamped by the server's clock when a migration runs, never by a date a user gives.
                + "and table_name <> 'flyway_schema_history' order by table_name, column_name")) {
            while (r.next()) {
                columns.add(r.getString(1) + "." + r.getString(2));
            }
        }
        return columns;
    }
}
