package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.citizen;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;
import static vn.doithoai.feedback.FeedbackTestSupport.wardOfficer;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.document.FileStore;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
class FeedbackAttachmentTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void photosAndPdfsAreKeptAndServedBackToWhoeverSeesTheItem() throws IOException {
        TestPlan plan = publishedPlan();
        String sender = citizen("congdan-anh-" + UUID.randomUUID().toString().substring(0, 8));
        Sent own = sendOk(sender, plan.id(), TestConsents.with(inBaDon("Cống thoát nước bị tắc")));

        // A phone's photo carries where it was taken; the stored one must not.
        byte[] jpeg = withExifGps(image("jpeg", 40, 30));
        long photo = upload(sender, null, own.id(), "cống.jpg", jpeg).statusCode(201)
                .header("Location", containsString("/api/v1/feedback/" + own.id() + "/attachments/"))
                .body("contentType", is("image/jpeg")).body("fileName", is("cống.jpg")).extract().jsonPath().getLong("id");
        upload(sender, null, own.id(), "so-do.png", image("png", 50, 20)).statusCode(201).body("contentType", is("image/png"));
        upload(sender, null, own.id(), "don.pdf", PDF).statusCode(201).body("contentType", is("application/pdf"))
                .body("size", is(PDF.length));

        given().auth().oauth2(sender).get("/api/v1/feedback/" + own.id()).then().statusCode(200)
                .body("attachments.fileName", contains("cống.jpg", "so-do.png", "don.pdf"))
                .body("attachments.contentType", contains("image/jpeg", "image/png", "application/pdf"));
        // Lists leave the attachments to the item itself.
        given().auth().oauth2(sender).queryParam("plan", plan.id()).get("/api/v1/feedback").then().statusCode(200)
                .body("items[0].attachments", nullValue());

        byte[] back = given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/feedback/" + own.id() + "/attachments/" + photo)
                .then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", startsWith("attachment; filename=\"c_ng.jpg\"; filename*=UTF-8''c%E1%BB%91ng.jpg"))
                .extract().asByteArray();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(back));
        assertEquals(40, read.getWidth());
        assertEquals(30, read.getHeight());
        assertFalse(holds(back, "GPS-SECRET"), "metadata kept");
        assertTrue(holds(jpeg, "GPS-SECRET"));

        long pdf = given().auth().oauth2(sender).get("/api/v1/feedback/" + own.id()).then().extract().jsonPath().getLong("attachments[2].id");
        byte[] pdfBack = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + own.id() + "/attachments/" + pdf)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, pdfBack);
    }

    @Test
    void aLargePhotoIsReducedForPhonesAndBecomesJpeg() throws IOException {
        Sent sent = sendOk(TestTokens.phuongbadon(), publishedPlan().id(), item("Sạt lở bờ sông", "Ảnh chụp hiện trường"));
        var json = upload(TestTokens.phuongbadon(), null, sent.id(), "hien-truong.png", image("png", 3200, 2000)).statusCode(201)
                .body("contentType", is("image/jpeg")).body("fileName", is("hien-truong.jpg")).extract().jsonPath();
        byte[] back = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + sent.id() + "/attachments/" + json.getLong("id"))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertEquals(back.length, json.getInt("size"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(back));
        assertEquals(1600, read.getWidth());
        assertEquals(1000, read.getHeight());
    }

    @Test
    void theContentDecidesNotTheNameAndTooMuchIsRefused() {
        Sent sent = sendOk(TestTokens.vanphong(), publishedPlan().id(), office("Ý kiến có tệp"));
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        upload(TestTokens.vanphong(), null, sent.id(), "anh.jpg", html).statusCode(400)
                .body("errors[0].field", is("file")).body("errors[0].message", startsWith("Chỉ nhận ảnh JPEG, PNG hoặc tệp PDF"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType("image/jpeg").body(html)
                .queryParam("fileName", "anh.jpg").post("/api/v1/feedback/" + sent.id() + "/attachments").then().statusCode(400)
                .body("errors[0].message", startsWith("Only JPEG or PNG photos and PDF files"));
        // Word is fine for a task's report, not as evidence with an item.
        byte[] word = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
        upload(TestTokens.vanphong(), null, sent.id(), "don.doc", word).statusCode(400).body("errors[0].field", is("file"));
        // A PNG signature over bytes that are no image.
        byte[] fakePng = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 64);
        upload(TestTokens.vanphong(), null, sent.id(), "anh.png", fakePng).statusCode(400).body("errors[0].field", is("file"));

        byte[] oversize = Arrays.copyOf(PDF, FileStore.MAX_BYTES + 1);
        upload(TestTokens.vanphong(), null, sent.id(), "lon.pdf", oversize).statusCode(400)
                .body("errors[0].message", is("Tệp lớn hơn 10 MB."));

        for (int i = 1; i <= FeedbackAttachments.MAX_PER_ITEM; i++) {
            upload(TestTokens.vanphong(), null, sent.id(), "tep-" + i + ".pdf", PDF).statusCode(201);
        }
        upload(TestTokens.vanphong(), null, sent.id(), "tep-6.pdf", PDF).statusCode(409)
                .body("detail", is("Mỗi ý kiến có tối đa 5 tệp đính kèm."));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + sent.id()).then().body("attachments.size()", is(5));
    }

    @Test
    void outOfScopeTheItemAndItsFilesDoNotExist() {
        TestPlan plan = publishedPlan();
        Sent sent = sendOk(TestTokens.phuongbadon(), plan.id(), item("Đèn đường hỏng", "Tổ dân phố 4"));
        long file = upload(TestTokens.phuongbadon(), null, sent.id(), "den.pdf", PDF).statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/feedback/" + sent.id() + "/attachments/" + file;

        String otherWard = wardOfficer("phuong-quang-tho");
        given().auth().oauth2(otherWard).get(path).then().statusCode(404);
        upload(otherWard, null, sent.id(), "x.pdf", PDF).statusCode(404);
        given().auth().oauth2(unitStaff("cong-an")).get(path).then().statusCode(404);
        // Units never attach to a sender's item: refused before any item is looked at.
        upload(unitStaff("cong-an"), null, sent.id(), "x.pdf", PDF).statusCode(403);
        given().auth().oauth2(citizen("congdan-la-" + UUID.randomUUID().toString().substring(0, 8))).get(path).then().statusCode(404);
        given().get(path).then().statusCode(401);

        // The assigned unit reads the evidence but does not add to the sender's.
        classify(TestTokens.vanphong(), sent.id(), plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), sent.id(), "phong-tnmt").statusCode(200);
        given().auth().oauth2(TestTokens.phongtnmt()).get(path).then().statusCode(200).contentType("application/pdf");
        upload(TestTokens.phongtnmt(), null, sent.id(), "x.pdf", PDF).statusCode(403);

        // An attachment belongs to its own item only.
        Sent other = sendOk(TestTokens.phuongbadon(), plan.id(), item("Vỉa hè lấn chiếm", "Chợ phường"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + other.id() + "/attachments/" + file).then().statusCode(404);
    }

    @Test
    void anAnonymousSenderAttachesRightAfterSendingWithTheTrackingCode() {
        TestPlan plan = publishedPlan();
        Sent sent = sendOk(null, plan.id(), inBaDon("Nước sinh hoạt đục"));
        Sent another = sendOk(null, plan.id(), inBaDon("Chó thả rông"));

        upload(null, sent.code().toLowerCase(), sent.id(), "nuoc.jpg", imageOrFail("jpeg")).statusCode(201).body("contentType", is("image/jpeg"));
        upload(null, another.code(), sent.id(), "nuoc.jpg", imageOrFail("jpeg")).statusCode(404);
        upload(null, "DT-2026-22222", sent.id(), "nuoc.jpg", imageOrFail("jpeg")).statusCode(404).body("detail", containsString(Long.toString(sent.id())));
        upload(null, null, sent.id(), "nuoc.jpg", imageOrFail("jpeg")).statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + sent.id()).then()
                .body("attachments.fileName", contains("nuoc.jpg"));

        // An item sent from an account is attached to from that account, not by code.
        String sender = citizen("congdan-ma-" + UUID.randomUUID().toString().substring(0, 8));
        Sent own = sendOk(sender, plan.id(), TestConsents.with(inBaDon("Cây xanh đổ")));
        upload(null, own.code(), own.id(), "cay.pdf", PDF).statusCode(404);
    }

    private static ValidatableResponse upload(String token, String trackingCode, long id, String fileName, byte[] content) {
        // The declared type is whatever a browser guesses from the name; the server does not believe it.
        RequestSpecification request = given().contentType(fileName.endsWith(".pdf") ? "application/pdf" : "image/jpeg").body(content)
                .queryParam("fileName", fileName);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (trackingCode != null) {
            request.header("X-Tracking-Code", trackingCode);
        }
        // An anonymous try counts as a lookup by code for the client: each test's tries are its own.
        request.header("X-Forwarded-For", FeedbackTestSupport.freshAddress());
        return request.post("/api/v1/feedback/" + id + "/attachments").then();
    }

    private static Map<String, Object> inBaDon(String title) {
        Map<String, Object> body = item(title, title + " đã lâu chưa được xử lý");
        body.put("wardCode", "phuong-ba-don");
        return body;
    }

    private static Map<String, Object> office(String title) {
        Map<String, Object> body = item(title, "Nội dung");
        body.put("channel", "ORGANISATION_REPORT");
        return body;
    }

    private static byte[] imageOrFail(String format) {
        try {
            return image(format, 64, 48);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real image with a gradient, so encoders have something to do. */
    private static byte[] image(String format, int w, int h) throws IOException {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, new Color(x * 255 / w, y * 255 / h, 128).getRGB());
            }
        }
        var out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** An APP1 Exif segment right after the start marker, as cameras write it, holding a marker we can look for. */
    private static byte[] withExifGps(byte[] jpeg) {
        byte[] payload = "Exif\0\0GPS-SECRET 17.7N 106.4E".getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean holds(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
