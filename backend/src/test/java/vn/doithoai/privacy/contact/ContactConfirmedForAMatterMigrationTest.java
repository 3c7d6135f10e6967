package vn.doithoai.privacy.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.doithoai.testsupport.EmbeddedMariaDb;

/**
 * The move from contact-wide confirmations to confirmations for a matter, run on a database of its own: what a
 * logged-in citizen confirmed keeps counting for their account (every account that confirmed the contact, not only the
 * last), and what was confirmed or asked for without a login, whose item cannot be known, lapses.
 */
class ContactConfirmedForAMatterMigrationTest {

    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);

    private static EmbeddedMariaDb server;
    private static Path workDir;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        workDir = Files.createTempDirectory("doithoai-contact-migration-test");
        server = EmbeddedMariaDb.start(EmbeddedMariaDb.freePort(), workDir.resolve("data"), workDir.resolve("server"));
        url = server.jdbcUrl();
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
    void accountConfirmationsStayForTheirAccountAndAnonymousOnesLapse() throws Exception {
        flyway("44").migrate();
        try (Connection c = connect()) {
            // One number confirmed by two logged-in citizens in turn, then by someone not logged in (the last one won
            // the old contact-wide row); another number confirmed only anonymously; a code asked for and never typed.
            verification(c, 1, HASH, "congdan-a", "'2026-05-01 08:00:00'");
            verification(c, 2, HASH, "congdan-b", "'2026-05-02 08:00:00'");
            verification(c, 3, HASH, null, "'2026-05-03 08:00:00'");
            verification(c, 4, OTHER_HASH, null, "'2026-05-04 08:00:00'");
            verification(c, 5, OTHER_HASH, "congdan-a", "null");
            c.createStatement().executeUpdate("insert into verified_contact (contact_hash, channel, verified_at, verification_id, account) values "
                    + "('" + HASH + "', 'SMS', '2026-05-03 08:00:00', 3, null), ('" + OTHER_HASH + "', 'SMS', '2026-05-04 08:00:00', 4, null)");
        }
        flyway("54").migrate();
        try (Connection c = connect()) {
            assertEquals(List.of(HASH + " ACCOUNT congdan-a 1", HASH + " ACCOUNT congdan-b 2"),
                    rows(c, "select concat_ws(' ', contact_hash, confirmed_for, matter_ref, verification_id) from verified_contact "
                            + "order by matter_ref"));
            assertEquals(List.of("1 ACCOUNT congdan-a", "2 ACCOUNT congdan-b", "5 ACCOUNT congdan-a"),
                    rows(c, "select concat_ws(' ', id, confirmed_for, matter_ref) from contact_verification order by id"));
        }
    }

    private static void verification(Connection c, long id, String hash, String account, String verifiedAt) throws Exception {
        c.createStatement().executeUpdate("insert into contact_verification (id, channel, contact_hash, masked_contact, salt, code_hash, "
                + "link_hash, account, attempts, created_at, expires_at, verified_at) values (" + id + ", 'SMS', '" + hash + "', '09*****678', '"
                + "c".repeat(32) + "', '" + "d".repeat(64) + "', '" + "e".repeat(64) + "', " + (account == null ? "null" : "'" + account + "'")
                + ", 0, '2026-05-01 07:55:00', '2026-05-01 08:10:00', " + verifiedAt + ")");
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD).locations("classpath:db/migration")
                .target(target).load();
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }
}
