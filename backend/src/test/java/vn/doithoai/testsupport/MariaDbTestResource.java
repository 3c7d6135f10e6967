package vn.doithoai.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the tests a real MariaDB: the one named by DOITHOAI_TEST_DB_URL (with _USERNAME and _PASSWORD), or
 * else an embedded server on a free port with a throw-away data directory.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb server;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("DOITHOAI_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("DOITHOAI_TEST_DB_USERNAME", "doithoai"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("DOITHOAI_TEST_DB_PASSWORD", ""));
        }
        try {
            workDir = Files.createTempDirectory("doithoai-test-mariadb");
            server = EmbeddedMariaDb.start(EmbeddedMariaDb.freePort(), workDir.resolve("data"), workDir.resolve("server"));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB for the tests", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedMariaDb.USER,
                "quarkus.datasource.password", EmbeddedMariaDb.PASSWORD);
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception e) {
            System.err.println("embedded MariaDB: " + e.getMessage());
        }
    }
}
