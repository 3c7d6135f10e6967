package vn.doithoai.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real Keycloak (the distribution scripts/keycloak.sh fetches into .tools/, or -Dkeycloak.home) with one realm file
 * imported, run from a private home (its own realm folder, H2 database and build; the libraries and themes shared
 * read-only through links) on free ports of the loopback, so it never touches the Keycloak of {@code make run}.
 */
public final class PrivateKeycloak implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("keycloak.start-timeout", 420));

    private final Path home;
    private final Process process;
    private final String base;
    private final String logName;

    private PrivateKeycloak(Path home, Process process, String base, String logName) {
        this.home = home;
        this.process = process;
        this.base = base;
        this.logName = logName;
    }

    /** Starts Keycloak with {@code realmJson} imported as realm {@code realm}, and waits until the realm answers. */
    public static PrivateKeycloak start(String name, String realm, String realmJson, Map<String, String> environment) throws Exception {
        Path root = repositoryRoot();
        Path distribution = distribution(root);
        Files.createDirectories(root.resolve("backend/target"));
        Path home = Files.createTempDirectory(root.resolve("backend/target"), "keycloak-" + name + "-");
        privateHome(distribution, home);
        Files.writeString(home.resolve("data/import/realm-" + realm + ".json"), realmJson, StandardCharsets.UTF_8);
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                "--db=dev-file", "--db-url=jdbc:h2:file:" + home.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + Long.toHexString(Double.doubleToLongBits(Math.random())));
        env.putAll(environment);
        var keycloak = new PrivateKeycloak(home, pb.start(), base, name);
        keycloak.awaitRealm(realm);
        return keycloak;
    }

    public String base() {
        return base;
    }

    private void awaitRealm(String realm) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + logTail());
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + ":\n" + logTail());
            }
            Thread.sleep(500);
        }
    }

    /** Stops Keycloak; its log stays for reading in backend/target/keycloak-NAME.log. */
    @Override
    public void close() throws IOException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy(); // kc.sh passes SIGTERM on to Keycloak's JVM
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        Path log = home.resolve("keycloak.log");
        if (Files.exists(log)) {
            Files.copy(log, home.resolveSibling("keycloak-" + logName + ".log"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("keycloak.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The repository's root: the folder with docker-compose.yml, above the backend's. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the repository root (docker-compose.yml) was not found");
        }
        return dir;
    }

    /** -Dkeycloak.home, else .tools/keycloak-VERSION with the version scripts/keycloak.sh fetches. */
    private static Path distribution(Path root) throws IOException {
        String property = System.getProperty("keycloak.home");
        Path dist;
        if (property != null && !property.isBlank()) {
            dist = Path.of(property);
        } else {
            Matcher m = Pattern.compile("KC_VERSION=\"\\$\\{KC_VERSION:-([0-9.]+)}\"")
                    .matcher(Files.readString(root.resolve("scripts/keycloak.sh"), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("scripts/keycloak.sh names no KC_VERSION");
            }
            dist = root.resolve(".tools/keycloak-" + m.group(1));
        }
        if (!Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + dist + ": run scripts/keycloak.sh fetch (or scripts/test.sh keycloak)");
        }
        return dist;
    }

    private static void privateHome(Path dist, Path home) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("data/import"));
        Files.createDirectories(home.resolve("providers"));
        Files.copy(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"));
        copyTree(dist.resolve("conf"), home.resolve("conf"));
        copyTree(dist.resolve("lib/quarkus"), home.resolve("lib/quarkus"));
        copyTree(dist.resolve("lib/app"), home.resolve("lib/app"));
        Files.copy(dist.resolve("lib/quarkus-run.jar"), home.resolve("lib/quarkus-run.jar"));
        Files.createSymbolicLink(home.resolve("lib/lib"), dist.resolve("lib/lib").toAbsolutePath());
        // Our own themes (keycloak/themes) and the distribution's, linked read-only, as scripts/keycloak.sh does.
        Files.createDirectories(home.resolve("themes"));
        for (Path themes : List.of(repositoryRoot().resolve("keycloak/themes"), dist.resolve("themes"))) {
            try (Stream<Path> each = Files.list(themes)) {
                for (Path theme : each.filter(Files::isDirectory).toList()) {
                    Path link = home.resolve("themes").resolve(theme.getFileName().toString());
                    if (Files.notExists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, theme.toAbsolutePath());
                    }
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
