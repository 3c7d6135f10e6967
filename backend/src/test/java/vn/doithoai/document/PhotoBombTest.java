package vn.doithoai.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import vn.doithoai.document.PhotoUploads.AnonymousItem;
import vn.doithoai.document.PhotoUploads.Report;
import vn.doithoai.testsupport.CraftedImages;
import vn.doithoai.testsupport.TestTokens;

/**
 * Image bombs through the two doors photos come in by: an anonymous citizen with a fresh tracking code, and a unit's
 * progress report. Each is refused by its header, with a problem naming the limit, before any decoder is used; the
 * backend answers as before afterwards. The same bombs at once under the production heap: PhotoBombsUnderProductionHeapTest.
 */
@QuarkusTest
class PhotoBombTest {

    @Inject
    PhotoDecodes decodes;

    /** The management interface, where health is served: http://localhost:{its port}/q/ */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ConfigProperty(name = "doithoai.photos.concurrent-decodes")
    int concurrentDecodes;

    record Bomb(byte[] content, String vietnamese) {
    }

    static Map<String, Bomb> bombs() {
        byte[] small = CraftedImages.jpeg(64, 48);
        byte[] progressive = CraftedImages.jpeg(CraftedImages.picture(64, 48), true);
        Map<String, Bomb> bombs = new LinkedHashMap<>();
        bombs.put("PNG declaring 7000x7000 RGBA", new Bomb(CraftedImages.pngHeaderBomb(7000, 7000),
                "Ảnh 7000×7000 điểm ảnh quá lớn: chỉ nhận ảnh tối đa 40 triệu điểm ảnh."));
        bombs.put("PNG 40000x25000 whose IDAT inflates to 1 GB", new Bomb(CraftedImages.pngIdatBomb(40000, 25000),
                "Ảnh 40000×25000 điểm ảnh quá lớn: chỉ nhận ảnh tối đa 40 triệu điểm ảnh."));
        bombs.put("JPEG declaring 65500x65500", new Bomb(CraftedImages.withDeclaredSize(small, 65500, 65500),
                "Ảnh 65500×65500 điểm ảnh quá lớn: chỉ nhận ảnh tối đa 40 triệu điểm ảnh."));
        bombs.put("JPEG declaring 7000x7000", new Bomb(CraftedImages.withDeclaredSize(small, 7000, 7000),
                "Ảnh 7000×7000 điểm ảnh quá lớn"));
        bombs.put("JPEG declaring 40000x1", new Bomb(CraftedImages.withDeclaredSize(small, 40000, 1),
                "Ảnh 40000×1 điểm ảnh quá dài và hẹp: cạnh dài chỉ được gấp tối đa 40 lần cạnh ngắn."));
        bombs.put("JPEG declaring 640x0", new Bomb(CraftedImages.withDeclaredSize(small, 640, 0),
                "Ảnh có kích thước 640×0, không có điểm ảnh nào"));
        bombs.put("progressive JPEG declaring 8000x5000", new Bomb(CraftedImages.withDeclaredSize(progressive, 8000, 5000),
                "Ảnh JPEG lũy tiến (progressive) 8000×5000 điểm ảnh cần quá nhiều bộ nhớ để mở: loại ảnh này chỉ nhận tối đa 22 triệu điểm ảnh."));
        bombs.put("progressive JPEG with 2009 scans", new Bomb(
                CraftedImages.withRepeatedScan(CraftedImages.jpeg(CraftedImages.picture(400, 300), true), 2000),
                "Ảnh JPEG này có 2.009 lượt quét (scan); với kích thước 400×300 điểm ảnh chỉ nhận tối đa 64 lượt."));
        return bombs;
    }

    @Test
    void eachBombIsRefusedByItsHeaderThroughBothDoorsAndTheBackendStaysHealthy() {
        long plan = PhotoUploads.publishedPlan();
        Report report = PhotoUploads.report();
        for (var bomb : bombs().entrySet()) {
            AnonymousItem item = PhotoUploads.anonymousItem(plan);
            long t0 = System.nanoTime();
            refused(PhotoUploads.toItem(item, "anh.jpg", bomb.getValue().content(), null), bomb.getValue().vietnamese());
            long anonymous = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            refused(PhotoUploads.toReport(report, "anh.png", bomb.getValue().content(), null), bomb.getValue().vietnamese());
            long unit = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[photo bombs] %-45s %8d bytes: 400 in %4d ms (anonymous, tracking code), %4d ms (progress report)%n",
                    bomb.getKey(), bomb.getValue().content().length, anonymous, unit);
            given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id()).then().body("attachments.size()", is(0));
        }

        // In English, naming the same limit.
        AnonymousItem item = PhotoUploads.anonymousItem(plan);
        PhotoUploads.toItem(item, "anh.png", CraftedImages.pngHeaderBomb(7000, 7000), "en").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "en").body("errors[0].message",
                        is("The image is 7000×7000 pixels, too large: images of at most 40 million pixels are accepted. "
                                + "Take the photo at a lower resolution or shrink it, then send it again."));
        PhotoUploads.toReport(report, "anh.jpg", bombs().get("progressive JPEG declaring 8000x5000").content(), "en").then().statusCode(400)
                .body("errors[0].message", startsWith("This progressive JPEG of 8000×5000 pixels needs too much memory to open: "
                        + "progressive JPEGs are accepted up to 22 million pixels."));

        // Healthy afterwards: ready, and the same doors take an ordinary photo.
        given().get(management + "health/ready").then().statusCode(200).body("status", is("UP"));
        PhotoUploads.toItem(item, "anh.jpg", CraftedImages.jpeg(640, 480), null).then().statusCode(201).body("contentType", is("image/jpeg"));
        PhotoUploads.toReport(report, "anh.jpg", CraftedImages.jpeg(640, 480), null).then().statusCode(201);
    }

    @Test
    void aPhonePhotoOf24MegapixelsIsAcceptedReducedAndStrippedOfItsMetadata() throws IOException {
        AnonymousItem item = PhotoUploads.anonymousItem(PhotoUploads.publishedPlan());
        byte[] photo = CraftedImages.withExif(CraftedImages.jpeg(6000, 4000), "GPS-SECRET 17.7N 106.4E");
        long id = PhotoUploads.toItem(item, "hien-truong.jpg", photo, null).then().statusCode(201).body("contentType", is("image/jpeg"))
                .extract().jsonPath().getLong("id");
        byte[] back = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id() + "/attachments/" + id).then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(back));
        assertEquals(1600, shown.getWidth());
        assertEquals(1067, shown.getHeight());
        assertFalse(new String(back, StandardCharsets.ISO_8859_1).contains("GPS-SECRET"));
        assertTrue(new String(photo, StandardCharsets.ISO_8859_1).contains("GPS-SECRET"));
    }

    @Test
    void whileEveryDecoderIsBusyAPhotoGets503WithRetryAfterAndABombIsStillRefusedAtOnce() throws Exception {
        long plan = PhotoUploads.publishedPlan();
        AnonymousItem item = PhotoUploads.anonymousItem(plan);
        Report report = PhotoUploads.report();
        byte[] photo = CraftedImages.jpeg(640, 480);

        // Decodes that take as long as the test wants, holding every decoder.
        ExecutorService pool = Executors.newFixedThreadPool(concurrentDecodes);
        var started = new CountDownLatch(concurrentDecodes);
        var finish = new CountDownLatch(1);
        Future<?>[] slow = new Future<?>[concurrentDecodes];
        try {
            for (int i = 0; i < concurrentDecodes; i++) {
                slow[i] = pool.submit(() -> decodes.run(() -> {
                    started.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
            }
            started.await();

            PhotoUploads.toItem(item, "anh.jpg", photo, null).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("type", is("urn:problem-type:doithoai:unavailable"))
                    .body("title", is("Hệ thống tạm thời chưa phục vụ được"))
                    .body("detail", is("Máy chủ đang xử lý nhiều ảnh cùng lúc; ảnh chưa được lưu. Hãy gửi lại sau 5 giây."));
            PhotoUploads.toReport(report, "anh.jpg", photo, "en").then().statusCode(503).header("Retry-After", "5")
                    .body("detail", is("The server is processing many photos at once; this one was not saved. Send it again in 5 seconds."));
            // A bomb is judged by its header and waits for no decoder.
            long t0 = System.nanoTime();
            PhotoUploads.toItem(item, "anh.png", CraftedImages.pngHeaderBomb(7000, 7000), null).then().statusCode(400);
            System.out.printf("[photo bombs] PNG declaring 7000x7000 while every decoder is busy: 400 in %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            finish.countDown();
            for (Future<?> f : slow) {
                if (f != null) {
                    f.get();
                }
            }
            pool.shutdown();
        }

        // Nothing was kept from the refused uploads; once a decoder is free the same photo goes in.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id()).then().body("attachments.size()", is(0));
        PhotoUploads.toItem(item, "anh.jpg", photo, null).then().statusCode(201);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item.id()).then().body("attachments.fileName", contains("anh.jpg"));
    }

    private static void refused(Response response, String vietnamese) {
        response.then().statusCode(400).contentType("application/problem+json").header("Content-Language", "vi")
                .body("errors[0].field", is("file")).body("errors[0].message", startsWith(vietnamese));
    }
}
