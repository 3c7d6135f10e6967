package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.doithoai.common.error.DatabaseUnavailable;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;

/**
 * When the database stalls, writers are told so within seconds (503 with Retry-After, problem+json) instead of waiting
 * until they give up; what they sent during the stall was not recorded, and once the database answers again their
 * retries with the same Idempotency-Key record each item exactly once.
 *
 * <p>The stall is the real thing: the embedded MariaDB server process is frozen (SIGSTOP) and thawed (SIGCONT), so
 * open connections stop answering and new ones are never greeted, as when a database host hangs. With a database that
 * is not the embedded one (DOITHOAI_TEST_DB_URL) there is no process here to freeze, and the test does not run.
 */
@QuarkusTest
class DatabaseStallTest {

    private static final int WRITERS = 4;
    private static final int SENDS_PER_WRITER = 2;
    /** The socket timeout (5 s) and some room for a busy machine; a stalled request used to wait for the client's own. */
    private static final Duration FAST = Duration.ofSeconds(9);

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    private record Sent(String key, int status, String retryAfter, String contentType, String type, long millis) {
    }

    @Test
    void writersGetA503QuicklyDuringAStallAndTheirRetriesRecordEachItemOnce() throws Exception {
        long pid = embeddedServerPid();
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại khi cơ sở dữ liệu treo", "96", "Hạ tầng",
                List.of("Điện", "Nước")).getLong("id");
        TestPlans.publish(plan);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < WRITERS * SENDS_PER_WRITER; i++) {
            keys.add("stall-" + run + "-" + i);
        }
        // The path works before the stall.
        assertEquals(201, send(plan, "warm-" + run, run).statusCode());

        List<Sent> duringStall = new ArrayList<>();
        Freezer freezer = new Freezer(pid);
        freezer.freeze();
        try {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<List<Sent>>> results = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<String> own = keys.subList(w * SENDS_PER_WRITER, (w + 1) * SENDS_PER_WRITER);
                results.add(writers.submit(() -> {
                    List<Sent> sent = new ArrayList<>();
                    for (String key : own) {
                        long start = System.nanoTime();
                        Response answer = send(plan, key, run);
                        sent.add(new Sent(key, answer.statusCode(), answer.header("Retry-After"), answer.contentType(),
                                answer.statusCode() == 201 ? null : answer.jsonPath().getString("type"),
                                (System.nanoTime() - start) / 1_000_000));
                    }
                    return sent;
                }));
            }
            for (Future<List<Sent>> result : results) {
                duringStall.addAll(result.get(60, TimeUnit.SECONDS));
            }
            writers.shutdown();
        } finally {
            freezer.thaw();
        }

        System.out.printf("Database stalled: %d writes answered in %s ms%n", duringStall.size(),
                duringStall.stream().map(s -> s.status() + "/" + s.millis()).toList());
        for (Sent sent : duringStall) {
            assertEquals(503, sent.status(), sent.toString());
            assertEquals("application/problem+json", sent.contentType(), sent.toString());
            assertEquals("urn:problem-type:doithoai:unavailable", sent.type(), sent.toString());
            assertTrue(sent.retryAfter() != null && Long.parseLong(sent.retryAfter()) > 0, sent.toString());
            assertTrue(sent.millis() < FAST.toMillis(), "answered after " + sent.millis() + " ms: " + sent);
        }
        // Nothing sent during the stall was recorded: the server, thawed, finds those connections gone and rolls back.
        Thread.sleep(1000);
        assertEquals(0, count("select count(*) from feedback_item where title like ?", "Mất điện " + run + " stall-%"));
        assertEquals(0, count("select count(*) from idempotency_record where idem_key like ?", "stall-" + run + "-%"));

        // The writers send again, as Retry-After tells them; each item is recorded once, whatever they repeat.
        Map<String, Long> recorded = new HashMap<>();
        for (String key : keys) {
            recorded.put(key, sendUntilAccepted(plan, key, run));
        }
        for (String key : keys) {
            Response again = send(plan, key, run);
            assertEquals(201, again.statusCode(), again.asString());
            assertEquals(recorded.get(key), again.jsonPath().getLong("id"), "a retry answers the first item again");
        }
        for (String key : keys) {
            assertEquals(1, count("select count(*) from feedback_item where title = ?", title(run, key)), key);
        }
    }

    @Test
    void aQueryRunningPastTheQueryTimeoutIsStoppedByTheServerAndWhatItsTransactionWroteIsRolledBack() throws Exception {
        String key = "query-timeout-" + UUID.randomUUID();
        long start = System.nanoTime();
        var failure = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            // Something written first in the same transaction, as a create writes its Idempotency-Key.
            em.createNativeQuery("insert into idempotency_record (scope, idem_key, request_hash, status, created_at) "
                    + "values ('database-stall-test', ?1, repeat('0', 64), 0, now(6))").setParameter(1, key).executeUpdate();
            em.createNativeQuery("select sleep(20)").getSingleResult();
        }));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, count("select count(*) from idempotency_record where idem_key = ?", key), "rolled back");
        // MariaDB's max_statement_time stopped it (error 1969) after the 4 s query timeout, before the 5 s socket timeout.
        assertTrue(causes(failure).stream().anyMatch(t -> t instanceof SQLException e && e.getErrorCode() == 1969), failure.toString());
        assertTrue(millis >= 3900 && millis < 5000, "stopped after " + millis + " ms");
        assertTrue(DatabaseUnavailable.isCause(failure));
        // The connection survived: the next statement on the pool works at once.
        assertEquals(1, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select 1").getSingleResult())).intValue());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    private static long sendUntilAccepted(long plan, String key, String run) throws InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Response answer = send(plan, key, run);
            if (answer.statusCode() == 201) {
                return answer.jsonPath().getLong("id");
            }
            assertEquals(503, answer.statusCode(), answer.asString());
            Thread.sleep(500);
        }
        throw new AssertionError("still not accepted after the stall: " + key);
    }

    private static Response send(long plan, String key, String run) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", title(run, key));
        body.put("content", "Khu phố mất điện nhiều lần trong tuần.");
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                // Each key from its own address, so the per-client limit on citizens' feedback does not get in the way.
                .header("X-Forwarded-For", "10.98." + Math.floorMod(key.hashCode(), 250) + "." + (1 + Math.floorMod(key.hashCode() >>> 8, 250)))
                .body(body).post("/api/v1/plans/" + plan + "/feedback");
    }

    private static String title(String run, String key) {
        return "Mất điện " + run + " " + key;
    }

    private long count(String sql, String value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The pid of the MariaDB server the tests use, when it runs on this machine as the embedded one. */
    private long embeddedServerPid() throws Exception {
        String pidFile;
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery("select @@pid_file")) {
            r.next();
            pidFile = r.getString(1);
        }
        Optional<Long> pid = Optional.empty();
        Path file = Path.of(pidFile);
        if (Files.isReadable(file)) {
            pid = Optional.of(Long.parseLong(Files.readString(file).strip()));
        }
        boolean mariadb = pid.flatMap(ProcessHandle::of).flatMap(p -> p.info().command())
                .map(command -> command.endsWith("mysqld") || command.endsWith("mariadbd")).orElse(false);
        assumeTrue(mariadb, "the database is not an embedded MariaDB on this machine (" + pidFile + ")");
        return pid.get();
    }

    /** Freezes and thaws the server process; a JVM that ends while it is frozen thaws it on the way out. */
    private static final class Freezer {

        private final long pid;
        private final Thread thawOnExit;

        Freezer(long pid) {
            this.pid = pid;
            this.thawOnExit = new Thread(() -> signal("CONT"));
        }

        void freeze() {
            Runtime.getRuntime().addShutdownHook(thawOnExit);
            signal("STOP");
            awaitStopped();
        }

        /**
         * kill returns once the signal is sent, not once every thread of the server has stopped: on a busy machine a
         * thread could still answer a query for a few milliseconds. The stall starts when the kernel shows them all stopped.
         */
        private void awaitStopped() {
            Path tasks = Path.of("/proc", Long.toString(pid), "task");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try (var threads = Files.list(tasks)) {
                    if (threads.allMatch(Freezer::stopped)) {
                        return;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                Thread.onSpinWait();
            }
            throw new IllegalStateException("the database server " + pid + " did not stop within 10 s");
        }

        private static boolean stopped(Path task) {
            try {
                String stat = Files.readString(task.resolve("stat"));
                // The state follows the command name in parentheses, which may itself hold spaces or parentheses.
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                return state == 'T' || state == 't';
            } catch (IOException e) {
                return true; // the thread has ended
            }
        }

        void thaw() {
            signal("CONT");
            Runtime.getRuntime().removeShutdownHook(thawOnExit);
        }

        private void signal(String signal) {
            try {
                int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + exit);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
