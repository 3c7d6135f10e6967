package vn.doithoai.bench;

import static io.restassured.RestAssured.given;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The one harness of the list benchmarks (FeedbackListBench, BodiesBench): a list endpoint driven at a steady 200
 * requests/s in an open model (each request has its slot on a fixed schedule and its latency counts from that slot, so
 * a slow answer delays nobody's clock), p50/p95/p99; then the same statement over plain JDBC at the same rate, and both
 * as fast as they go, to give the cost of the HTTP and ORM layers and the ratio of throughputs. Every figure carries
 * the machine's load average: the bench shares its cores, and a figure measured beside other work says so.
 * Asserts no timing (speed is a measurement, not a test); it stops when an answer holds no rows or differs from plain
 * JDBC's (a bench that measures empty or wrong answers is worthless).
 */
final class ListBench {

    static final int RATE = 200;
    // Shorter runs (-Dbench.run.seconds=…) only for trying the bench out; `make bench` uses the defaults.
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.run.seconds", 30));
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 10));
    static final Duration FLAT_OUT = Duration.ofSeconds(Integer.getInteger("bench.flatout.seconds", 10));
    static final int FLAT_OUT_CLIENTS = 8;
    /** Only the cases whose names contain one of these (comma-separated), for trying one out; all by default. */
    private static final String ONLY = System.getProperty("bench.only", "");

    /**
     * One list as a user asks for it: the address, who asks (a fresh token: tokens live five minutes), and the same
     * statement(s) over plain JDBC giving the ids of the page in order, every column the endpoint shows read.
     */
    record Case(String name, String url, Supplier<String> token, JdbcPage jdbc) {
    }

    @FunctionalInterface
    interface JdbcPage {
        List<Long> ids() throws Exception;
    }

    private final String name;
    private final URI server;
    private final List<String> report = new ArrayList<>();

    ListBench(String name, URL base) {
        this.name = name;
        this.server = URI.create(base.toString());
        line(String.format("machine: %d cores (%s), %s; embedded MariaDB (innodb_buffer_pool_size=128M); load average at the start: %s",
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                loadAverage()));
    }

    static boolean selected(String caseName) {
        return ONLY.isBlank() || Arrays.stream(ONLY.split(",")).map(String::strip).anyMatch(caseName::contains);
    }

    /** Measures one case: the same rows both ways first, then paced HTTP, paced JDBC, and both flat out. */
    void measure(Case c) throws Exception {
        if (!selected(c.name())) {
            return;
        }
        String token = c.token().get();
        List<Long> expected = c.jdbc().ids().stream().limit(20).toList();
        List<Long> shown = given().urlEncodingEnabled(false).auth().oauth2(token).get(c.url()).then().statusCode(200).extract()
                .jsonPath().getList("items.id", Long.class);
        if (expected.isEmpty() || !shown.equals(expected)) {
            throw new AssertionError(c.name() + ": the endpoint lists " + shown + ", the same SQL over JDBC " + expected);
        }
        Connections http = new Connections(server, c.url(), token);
        Task viaHttp = () -> {
            String start = http.get();
            if (!start.startsWith("{\"items\":[{")) {
                throw new EmptyAnswer(c.name() + ": an answer without items: " + start);
            }
        };
        Task viaJdbc = () -> {
            if (c.jdbc().ids().isEmpty()) {
                throw new EmptyAnswer(c.name() + ": no rows over JDBC");
            }
        };
        paced(viaHttp, WARM_UP);
        latencies(c.name() + " HTTP (GET " + c.url().replaceAll("\\?.*", "") + ", " + expected.size() + " rows)", paced(viaHttp, RUN));
        paced(viaJdbc, WARM_UP);
        latencies(c.name() + " plain JDBC, same SQL", paced(viaJdbc, RUN));
        FlatOut httpMax = profiled(c.name(), () -> flatOut(viaHttp));
        FlatOut jdbcMax = flatOut(viaJdbc);
        line(String.format("%s as fast as it goes (%d clients, %d s): HTTP %.0f req/s, plain JDBC %.0f req/s, HTTP/JDBC %.0f %% (load %s)",
                c.name(), FLAT_OUT_CLIENTS, FLAT_OUT.toSeconds(), httpMax.perSecond(), jdbcMax.perSecond(),
                100 * httpMax.perSecond() / jdbcMax.perSecond(), loadAverage1()));
        line(String.format("  CPU per request (bench JVM = server and client; MariaDB): HTTP %.3f + %.3f ms, plain JDBC %.3f + %.3f ms",
                httpMax.jvmCpuMs(), httpMax.dbCpuMs(), jdbcMax.jvmCpuMs(), jdbcMax.dbCpuMs()));
    }

    /** Writes target/bench/NAME.txt, every line prefixed with the bench's name. */
    void finish() throws IOException {
        line("load average at the end: " + loadAverage());
        line(String.format("resident memory at the end: bench JVM (server, client and the loaded rows' garbage) %d MB, heap used %d MB; "
                + "MariaDB %s", rssMb(ProcessHandle.current().pid()), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory())
                        >> 20, ProcessHandle.current().descendants().filter(ListBench::isMariaDb).findFirst()
                                .map(p -> rssMb(p.pid()) + " MB").orElse("not a child of this JVM")));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/" + name + ".txt"),
                report.stream().map(l -> name + ": " + l).collect(Collectors.joining("\n")) + "\n");
    }

    void line(String line) {
        System.out.println("BENCH " + name + ": " + line);
        report.add(line);
    }

    private void latencies(String what, long[] nanos) {
        line(nanos.length == 0 ? what + ": no answers"
                : String.format("%s at %d req/s for %d s: %d of %d answered, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (load %s)",
                        what, RATE, RUN.toSeconds(), nanos.length, RUN.toSeconds() * RATE, ms(nanos[nanos.length / 2]),
                        ms(nanos[nanos.length * 95 / 100]), ms(nanos[nanos.length * 99 / 100]), ms(nanos[nanos.length - 1]), loadAverage1()));
    }

    /** An answer without rows: the bench is wrong, not slow; it stops. */
    private static final class EmptyAnswer extends RuntimeException {
        EmptyAnswer(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /** Open model: request i is due at start + i/RATE; its latency counts from then, whether or not the client was free. */
    private long[] paced(Task task, Duration duration) throws InterruptedException {
        int n = (int) (duration.toSeconds() * RATE);
        long interval = 1_000_000_000L / RATE;
        long[] latency = new long[n];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<EmptyAnswer> empty = new AtomicReference<>();
        long start = System.nanoTime() + 50_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int slot = i;
                pool.submit(() -> {
                    try {
                        task.run();
                        latency[slot] = System.nanoTime() - due;
                    } catch (EmptyAnswer e) {
                        empty.compareAndSet(null, e);
                        latency[slot] = Long.MAX_VALUE;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        latency[slot] = Long.MAX_VALUE;
                    }
                });
            }
        }
        if (empty.get() != null) {
            throw new AssertionError(empty.get().getMessage(), empty.get());
        }
        if (failures.get() > 0) {
            // Timeouts of an overloaded machine are a result, not a broken bench: counted, and left out of the percentiles.
            line(failures.get() + " of " + n + " requests failed (not in the percentiles)");
        }
        return Arrays.stream(latency).filter(l -> l != Long.MAX_VALUE).sorted().toArray();
    }

    /**
     * The bench's HTTP client: plain HTTP/1.1 keep-alive connections, pooled, each answer read in full (headers and
     * every body byte). It shares the 2 cores with the server; the JDK HttpClient took about a sixth of the JVM's CPU
     * samples under flat-out load (its selector thread, futures and UTF-16 body), which is not the endpoint's cost.
     */
    private static final class Connections {
        private final String host;
        private final int port;
        private final byte[] request;
        private final ConcurrentLinkedDeque<Wire> idle = new ConcurrentLinkedDeque<>();

        Connections(URI server, String path, String token) {
            host = server.getHost();
            port = server.getPort();
            request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }

        /** One GET: 200 expected; the first bytes of the body. */
        String get() throws IOException {
            Wire c = idle.pollFirst();
            if (c == null) {
                c = new Wire(new Socket(host, port));
            }
            try {
                String start = c.exchange(request);
                idle.addFirst(c);
                return start;
            } catch (IOException | RuntimeException e) {
                c.socket.close();
                throw e;
            }
        }

        private static final class Wire {
            final Socket socket;
            final BufferedInputStream in;
            final OutputStream out;

            Wire(Socket socket) throws IOException {
                this.socket = socket;
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(10_000);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = socket.getOutputStream();
            }

            String exchange(byte[] request) throws IOException {
                out.write(request);
                out.flush();
                String status = line();
                if (!status.startsWith("HTTP/1.1 200")) {
                    throw new IOException("answered " + status);
                }
                int length = -1;
                boolean chunked = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String h = header.toLowerCase(Locale.ROOT);
                    if (h.startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(15).strip());
                    } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                        chunked = true;
                    }
                }
                byte[] body;
                if (chunked) {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    for (int size = Integer.parseInt(line().replaceAll(";.*", "").strip(), 16); size > 0;
                            size = Integer.parseInt(line().replaceAll(";.*", "").strip(), 16)) {
                        all.write(in.readNBytes(size));
                        line();
                    }
                    line();
                    body = all.toByteArray();
                } else if (length >= 0) {
                    body = in.readNBytes(length);
                } else {
                    throw new IOException("no length");
                }
                return new String(body, 0, Math.min(body.length, 32), StandardCharsets.ISO_8859_1);
            }

            private String line() throws IOException {
                StringBuilder line = new StringBuilder();
                for (int b = in.read(); b != '\n'; b = in.read()) {
                    if (b < 0) {
                        throw new IOException("connection closed");
                    }
                    if (b != '\r') {
                        line.append((char) b);
                    }
                }
                return line.toString();
            }
        }
    }

    /** Answers per second flat out, and the CPU each took in this JVM (server and client) and in MariaDB. */
    private record FlatOut(double perSecond, double jvmCpuMs, double dbCpuMs) {
    }

    /** Closed model: a few clients one request after another; answers per second. */
    private static FlatOut flatOut(Task task) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long jvm0 = jvmCpuNanos();
        long db0 = dbCpuNanos();
        long start = System.nanoTime();
        long end = start + FLAT_OUT.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(FLAT_OUT_CLIENTS)) {
            for (int c = 0; c < FLAT_OUT_CLIENTS; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end && failure.get() == null) {
                        try {
                            task.run();
                            done.incrementAndGet();
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                });
            }
        }
        if (failure.get() != null) {
            throw new AssertionError("flat out: " + failure.get(), failure.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long n = Math.max(1, done.get());
        return new FlatOut(done.get() / seconds, (jvmCpuNanos() - jvm0) / 1e6 / n, (dbCpuNanos() - db0) / 1e6 / n);
    }

    @FunctionalInterface
    private interface Measured<T> {
        T run() throws Exception;
    }

    /** With -Dbench.jfr=true, a JFR recording (profile settings) of the run: target/bench/NAME-CASE.jfr. */
    private <T> T profiled(String caseName, Measured<T> measured) throws Exception {
        if (!Boolean.getBoolean("bench.jfr")) {
            return measured.run();
        }
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            T result = measured.run();
            recording.stop();
            Files.createDirectories(Path.of("target/bench"));
            recording.dump(Path.of("target/bench/" + name + "-" + caseName.replaceAll("[^a-z0-9]+", "-") + ".jfr"));
            return result;
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static boolean isMariaDb(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false);
    }

    /** Resident memory of a process in MB (VmRSS), -1 when unknown. */
    private static long rssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU time of the embedded MariaDB server, a child process of this JVM. */
    private static long dbCpuNanos() {
        return ProcessHandle.current().descendants().filter(ListBench::isMariaDb)
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String loadAverage1() {
        return loadAverage().split(" ")[0];
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.replaceAll(".*:\\s*", "")).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The keys of a set in a stable order, for statements whose parameters must match the endpoint's. */
    static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
