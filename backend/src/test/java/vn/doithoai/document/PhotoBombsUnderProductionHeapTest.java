package vn.doithoai.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.document.PhotoUploads.AnonymousItem;
import vn.doithoai.document.PhotoUploads.Report;
import vn.doithoai.testsupport.CraftedImages;
import vn.doithoai.testsupport.EmbeddedMariaDb;
import vn.doithoai.testsupport.MariaDbTestResource;
import vn.doithoai.testsupport.TestTokens;

/**
 * Image bombs and phone photos sent all at once to the packaged application (target/quarkus-app, what the container
 * runs) started with the heap it has in production, {@code -Xmx256m} (scripts/run.sh), its production profile and
 * settings (two decoders, two seconds' wait), a real MariaDB and real signed tokens.
 * <p>
 * Why a process of its own rather than a 256 MB heap for the test JVM: a {@code @QuarkusTest} JVM holds the test
 * harness too, about 130 MB alive at rest where the packaged application alone holds about 35 MB, and REST Assured
 * allocates some sixty times a body's size to send it. Such a test measures the harness and fails where production
 * would not. Here the 256 MB are the application's alone, as in production, and the uploads are sent with the JDK's
 * HTTP client, which sends the bytes as they are.
 * <p>
 * Runs in the "production-heap" execution of pom.xml, in the package phase after the application is built
 * ({@code mvnw package}; {@code make test} runs it), never with the other tests.
 */
@Tag("production-heap")
class PhotoBombsUnderProductionHeapTest {

    private static final Path APP = Path.of("target", "quarkus-app");
    private static final Path GC_LOG = Path.of("target", "production-heap-gc.log");
    private static final Path APP_LOG = Path.of("target", "production-heap-app.log");

    private static MariaDbTestResource database;
    private static OidcWiremockTestResource oidc;
    private static Process backend;
    private static URI root;
    /** The application's management interface (health), on a port of its own. */
    private static URI management;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Sent(String name, int status, String contentType, String retryAfter, String body, long millis) {
    }

    @BeforeAll
    static void startThePackagedApplication() throws Exception {
        Path jar = APP.resolve("quarkus-run.jar");
        assertTrue(Files.exists(jar), "build the application first (mvnw package): " + jar.toAbsolutePath());
        long newestClass;
        try (Stream<Path> classes = Files.walk(Path.of("target", "classes"))) {
            newestClass = classes.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
        assertTrue(Files.getLastModifiedTime(jar).toMillis() >= newestClass, "the packaged application is older than the classes");

        database = new MariaDbTestResource();
        Map<String, String> db = database.start();
        oidc = new OidcWiremockTestResource();
        String keycloak = oidc.start().get("keycloak.url");
        int port = EmbeddedMariaDb.freePort();
        int managementPort = EmbeddedMariaDb.freePort();

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-Xlog:gc:file=" + GC_LOG.toAbsolutePath(), "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        if (System.getProperty(Clocks.START_KEY) != null) {
            command.add("-D" + Clocks.START_KEY + "=" + System.getProperty(Clocks.START_KEY));
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        var start = new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true).redirectOutput(APP_LOG.toFile());
        Map<String, String> env = start.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak + "/realms/quarkus/");
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
        // The org units and templates the plans below are made from.
        env.put("DOITHOAI_DEMO_DATA", "true");
        // Each anonymous sender from its own address, as behind the proxy, so the per-client limit is not what answers.
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1,[::1]");
        backend = start.start();
        root = URI.create("http://127.0.0.1:" + port + "/");
        management = URI.create("http://127.0.0.1:" + managementPort + "/");
        awaitReady();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
    }

    @AfterAll
    static void stop() throws Exception {
        RestAssured.reset();
        if (backend != null) {
            backend.destroy();
            if (!backend.waitFor(30, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
            }
        }
        if (oidc != null) {
            oidc.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void bombsAreRefusedPhonePhotosAcceptedAndTheBackendStaysHealthy() throws Exception {
        long plan = PhotoUploads.publishedPlan();
        Report report = PhotoUploads.report();
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        byte[] header = CraftedImages.pngHeaderBomb(7000, 7000);
        bombs.put("PNG declaring 7000x7000 RGBA (" + header.length + " bytes)", header);
        bombs.put("PNG 40000x25000 whose IDAT inflates to 1 GB", CraftedImages.pngIdatBomb(40000, 25000));
        byte[] small = CraftedImages.jpeg(64, 48);
        bombs.put("JPEG declaring 65500x65500", CraftedImages.withDeclaredSize(small, 65500, 65500));
        bombs.put("JPEG declaring 7000x7000", CraftedImages.withDeclaredSize(small, 7000, 7000));
        bombs.put("progressive JPEG declaring 8000x5000",
                CraftedImages.withDeclaredSize(CraftedImages.jpeg(CraftedImages.picture(64, 48), true), 8000, 5000));
        bombs.put("progressive JPEG with 2009 scans",
                CraftedImages.withRepeatedScan(CraftedImages.jpeg(CraftedImages.picture(400, 300), true), 2000));

        // Every bomb through both doors at once.
        List<Callable<Sent>> sends = new ArrayList<>();
        for (var bomb : bombs.entrySet()) {
            AnonymousItem item = PhotoUploads.anonymousItem(plan);
            sends.add(() -> toItem("anonymous: " + bomb.getKey(), item, bomb.getValue()));
            sends.add(() -> toReport("progress report: " + bomb.getKey(), report, bomb.getValue()));
        }
        List<Sent> refused = all(sends);
        print(refused);
        System.out.printf("[production heap] %d bombs at once, the heap: %s%n", sends.size(), heapSoFar());
        assertAll(refused.stream().map(s -> (Executable) () -> {
            assertEquals(400, s.status(), s.name() + ": " + s.body());
            assertTrue(s.contentType().startsWith("application/problem+json"), s.name());
        }));
        assertFalse(Files.readString(APP_LOG).contains("OutOfMemoryError"), "see " + APP_LOG);

        // Six phone photos of 24 megapixels at once, three from a citizen and three from the unit: each stored, or
        // turned away with 503 and Retry-After while the decoders are busy and then sent again, as a phone does.
        byte[] photo = CraftedImages.jpeg(6000, 4000);
        AnonymousItem item = PhotoUploads.anonymousItem(plan);
        List<Callable<Sent>> photos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String n = " #" + i;
            photos.add(() -> untilStored(() -> toItem("anonymous: 6000x4000 JPEG" + n, item, photo)));
            photos.add(() -> untilStored(() -> toReport("progress report: 6000x4000 JPEG" + n, report, photo)));
        }
        List<Sent> stored = all(photos);
        print(stored);
        System.out.printf("[production heap] %d photos of %d bytes at once, the heap: %s%n", photos.size(), photo.length, heapSoFar());
        assertAll(stored.stream().map(s -> (Executable) () -> assertEquals(201, s.status(), s.name() + ": " + s.body())));

        int first = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id()).then().statusCode(200)
                .body("attachments.size()", is(3)).extract().path("attachments[0].id");
        byte[] back = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id() + "/attachments/" + first).then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(back));
        assertEquals(1600, shown.getWidth());
        assertEquals(1067, shown.getHeight());

        // Each bomb once more, alone: how long a refusal takes when nothing else is sent (for the report).
        AnonymousItem alone = PhotoUploads.anonymousItem(plan);
        for (var bomb : bombs.entrySet()) {
            Sent sent = toItem("alone: " + bomb.getKey(), alone, bomb.getValue());
            print(List.of(sent));
            assertEquals(400, sent.status(), sent.body());
        }

        // Still healthy: ready, an ordinary request answered, and never out of memory.
        given().get(management.resolve("q/health/ready")).then().statusCode(200).body("status", is("UP"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then().statusCode(200);
        assertTrue(backend.isAlive());
        assertFalse(Files.readString(APP_LOG).contains("OutOfMemoryError"), "see " + APP_LOG);
    }

    /** Sent again after Retry-After while the answer is 503, as a phone does; the name says how many tries it took. */
    private static Sent untilStored(Callable<Sent> send) throws Exception {
        long t0 = System.nanoTime();
        Sent sent = send.call();
        int tries = 1;
        while (sent.status() == 503 && tries < 20) {
            assertTrue(sent.contentType().startsWith("application/problem+json"));
            Thread.sleep(Duration.ofSeconds(Long.parseLong(sent.retryAfter())));
            sent = send.call();
            tries++;
        }
        return new Sent(sent.name() + (tries == 1 ? "" : " (" + (tries - 1) + " x 503 first)"), sent.status(), sent.contentType(),
                sent.retryAfter(), sent.body(), (System.nanoTime() - t0) / 1_000_000);
    }

    private Sent toItem(String name, AnonymousItem item, byte[] content) throws Exception {
        return send(name, HttpRequest.newBuilder(root.resolve("api/v1/feedback/" + item.id() + "/attachments?fileName=anh.jpg"))
                .header("Content-Type", "image/jpeg").header("X-Tracking-Code", item.code()), content);
    }

    private Sent toReport(String name, Report report, byte[] content) throws Exception {
        return send(name, HttpRequest.newBuilder(root.resolve(report.attachments().substring(1) + "?fileName=anh.jpg"))
                .header("Content-Type", "application/octet-stream").header("Authorization", "Bearer " + TestTokens.phongtnmt()), content);
    }

    private Sent send(String name, HttpRequest.Builder request, byte[] content) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new Sent(name, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null), response.body(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<Sent> all(List<Callable<Sent>> sends) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sends.size());
        try {
            List<Sent> results = new ArrayList<>();
            for (Future<Sent> f : pool.invokeAll(sends)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(List<Sent> sent) {
        sent.forEach(s -> System.out.printf("[production heap] %-95s %d in %5d ms%n", s.name(), s.status(), s.millis()));
    }

    /** From the application's GC log: the most heap in use before a collection and the most left after one. */
    private static String heapSoFar() throws IOException {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(GC_LOG));
        long before = 0;
        long after = 0;
        int collections = 0;
        while (m.find()) {
            before = Math.max(before, Long.parseLong(m.group(1)));
            after = Math.max(after, Long.parseLong(m.group(2)));
            collections++;
        }
        return String.format("at most %d MB in use before a collection, %d MB left after one (%d collections since start)", before,
                after, collections);
    }

    private static void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(backend.isAlive(), "the application stopped: see " + APP_LOG);
            try {
                if (client.send(HttpRequest.newBuilder(management.resolve("q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application was not ready within 5 minutes: see " + APP_LOG);
    }
}
