package vn.doithoai.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The frontend's real {@code frontend/nginx.conf}, run by a real nginx in front of the backend under test, so a test
 * sees what a citizen behind the production proxy sees. The file is rendered as the image's entrypoint would
 * (its {@code ${BACKEND_URL}} replaced), with only what a test cannot have changed: a free port on loopback instead
 * of 80, a temporary folder for the web root, pid, logs and buffers. The server block itself is used as written.
 * <p>
 * nginx comes from {@code NGINX_PATH}, {@code /usr/sbin/nginx} or the PATH; {@code scripts/test.sh} installs the
 * Debian package when it is missing. Without it the test fails and says so: a proxy test that is skipped proves nothing.
 */
public final class Nginx implements AutoCloseable {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern LISTEN = Pattern.compile("(?m)^(\\s*)listen\\s+[^;]+;\\s*$");
    private static final Pattern SERVER = Pattern.compile("(?m)^\\s*server\\s*\\{");
    private static final Pattern ROOT = Pattern.compile("(?m)^(\\s*)root\\s+[^;]+;");

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** nginx with frontend/nginx.conf, proxying /api/ to the backend listening on 127.0.0.1:{@code backendPort}. */
    public static Nginx inFrontOf(int backendPort) {
        String binary = binary();
        try {
            Path dir = Files.createTempDirectory("doithoai-nginx");
            Files.createDirectories(dir.resolve("html"));
            Files.writeString(dir.resolve("html/index.html"), "<!doctype html><title>Đối Thoại</title>", StandardCharsets.UTF_8);
            int port = freePort();
            String server = render(Files.readString(repositoryFile("frontend/nginx.conf"), StandardCharsets.UTF_8),
                    Map.of("BACKEND_URL", "http://127.0.0.1:" + backendPort), port, dir.resolve("html"));
            Files.writeString(dir.resolve("nginx.conf"), mainConfig(dir, server), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
            Nginx nginx = new Nginx(process, dir, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new IllegalStateException("could not start nginx (" + binary + ")", e);
        }
    }

    public int port() {
        return port;
    }

    /** The server block as the production image would run it, on {@code port} and with its root in {@code root}. */
    static String render(String template, Map<String, String> variables, int port, Path root) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new AssertionError("frontend/nginx.conf uses ${" + m.group(1) + "}, which the test's nginx does not know: "
                        + "give it a value in " + Nginx.class.getName() + " (as the image's environment would)");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        // In each server block, one listen on loopback at the free port in place of port 80 (and its IPv6 twin, if any).
        StringBuilder out = new StringBuilder();
        int listens = 0;
        String[] blocks = SERVER.split(sb.toString(), -1);
        for (int i = 0; i < blocks.length; i++) {
            String block = blocks[i];
            if (i > 0) {
                out.append("server {");
            }
            Matcher listen = LISTEN.matcher(block);
            boolean first = true;
            while (listen.find()) {
                listen.appendReplacement(out, first ? Matcher.quoteReplacement(listen.group(1) + "listen 127.0.0.1:" + port + ";") : "");
                first = false;
                listens++;
            }
            listen.appendTail(out);
        }
        if (listens == 0) {
            throw new AssertionError("frontend/nginx.conf has no listen directive");
        }
        Matcher r = ROOT.matcher(out.toString());
        StringBuilder rendered = new StringBuilder();
        while (r.find()) {
            r.appendReplacement(rendered, Matcher.quoteReplacement(r.group(1) + "root " + root + ";"));
        }
        r.appendTail(rendered);
        return rendered.toString();
    }

    /** What the nginx image's own /etc/nginx/nginx.conf gives the server block, with every path in {@code dir}. */
    private static String mainConfig(Path dir, String server) {
        Map<String, String> temp = new LinkedHashMap<>();
        for (String t : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            temp.put(t + "_temp_path", dir.resolve(t).toString());
        }
        StringBuilder sb = new StringBuilder();
        // One process, run as the test's user: no workers switching to another user that could not write here.
        sb.append("daemon off;\nmaster_process off;\nworker_processes 1;\n");
        sb.append("pid ").append(dir.resolve("nginx.pid")).append(";\n");
        sb.append("error_log ").append(dir.resolve("error.log")).append(" info;\n");
        sb.append("events { worker_connections 256; }\n");
        sb.append("http {\n");
        sb.append("    types { text/html html; application/javascript js; text/css css; application/json json; image/svg+xml svg; }\n");
        sb.append("    default_type application/octet-stream;\n");
        sb.append("    access_log ").append(dir.resolve("access.log")).append(";\n");
        temp.forEach((k, v) -> sb.append("    ").append(k).append(' ').append(v).append(";\n"));
        sb.append("    sendfile on;\n    keepalive_timeout 65;\n");
        sb.append(server).append("\n}\n");
        return sb.toString();
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String out = logs();
                deleteDir();
                throw new AssertionError("nginx stopped at start (exit " + process.exitValue() + "):\n" + out);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        String out = logs();
        close();
        throw new AssertionError("nginx did not listen on port " + port + " within 15 s:\n" + out);
    }

    /** nginx's own messages (start-up errors, the error log), for a failure's report. */
    public String logs() {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("stdout.log", "error.log")) {
            Path p = dir.resolve(f);
            try {
                if (Files.exists(p)) {
                    sb.append(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                sb.append(f).append(": ").append(e.getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteDir();
    }

    private void deleteDir() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }

    private static String binary() {
        String configured = System.getenv("NGINX_PATH");
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                throw new AssertionError("NGINX_PATH=" + configured + " is not an executable file");
            }
            return configured;
        }
        if (Files.isExecutable(Path.of("/usr/sbin/nginx"))) {
            return "/usr/sbin/nginx";
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(d, "nginx");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new AssertionError("nginx is needed to test the limits behind the frontend's proxy (frontend/nginx.conf) and was "
                + "not found. Install it (Debian/Ubuntu: sudo apt-get install nginx; `make test` as root does it) or set NGINX_PATH "
                + "to an nginx binary.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A file of the repository, found from the working directory (backend/) upwards. */
    static Path repositoryFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError(relative + " not found in the working directory or above it");
        }
        return dir.resolve(relative);
    }
}
