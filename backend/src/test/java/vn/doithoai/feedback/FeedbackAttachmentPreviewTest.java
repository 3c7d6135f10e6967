package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.citizen;
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
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.document.Previews;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.testsupport.TestTokens;

/** Evidence seen on a phone without downloading it: thumbnails, and a PDF's pages as images, for whoever may see the item. */
@QuarkusTest
class FeedbackAttachmentPreviewTest {

    @Test
    void aPhotoHasAThumbnailOfBoundedSizeMadeOnceAndKept() throws IOException {
        Sent sent = sendOk(TestTokens.phuongbadon(), publishedPlan().id(), inBaDon("Ổ gà trên đường " + UUID.randomUUID()));
        long wide = upload(sent.id(), "o-ga.jpg", image("jpeg", 1200, 800));
        long tall = upload(sent.id(), "so-do.png", image("png", 300, 900));
        long small = upload(sent.id(), "nho.png", image("png", 100, 60));

        byte[] first = thumbnail(TestTokens.vanphong(), sent.id(), wide).statusCode(200).contentType("image/jpeg")
                .header("X-Page-Count", "1").header("Cache-Control", containsString("private")).extract().asByteArray();
        assertSize(first, Previews.THUMBNAIL_SIDE, 213);
        byte[] again = thumbnail(TestTokens.phuongbadon(), sent.id(), wide).statusCode(200).extract().asByteArray();
        assertArrayEquals(first, again, "made once and kept");
        assertSize(thumbnail(TestTokens.vanphong(), sent.id(), tall).statusCode(200).extract().asByteArray(), 107, Previews.THUMBNAIL_SIDE);
        // Never enlarged.
        assertSize(thumbnail(TestTokens.vanphong(), sent.id(), small).statusCode(200).extract().asByteArray(), 100, 60);
        // For the viewer a photo is its only page, no larger than it is.
        assertSize(page(TestTokens.vanphong(), sent.id(), wide, 1).statusCode(200).contentType("image/jpeg").header("X-Page-Count", "1")
                .extract().asByteArray(), 1200, 800);
        page(TestTokens.vanphong(), sent.id(), wide, 2).statusCode(404).contentType("application/problem+json")
                .body("detail", is("Tệp không có trang 2 để xem trước."));
    }

    @Test
    void aPdfShowsItsPagesAsImagesAndItsFirstAsTheThumbnail() throws IOException {
        Sent sent = sendOk(TestTokens.phuongbadon(), publishedPlan().id(), inBaDon("Đơn kiến nghị " + UUID.randomUUID()));
        long pdf = upload(sent.id(), "don.pdf", pdf(3));

        assertSize(thumbnail(TestTokens.vanphong(), sent.id(), pdf).statusCode(200).contentType("image/jpeg").header("X-Page-Count", "3")
                .extract().asByteArray(), 226, Previews.THUMBNAIL_SIDE);
        byte[] second = page(TestTokens.vanphong(), sent.id(), pdf, 2).statusCode(200).contentType("image/jpeg")
                .header("X-Page-Count", "3").extract().asByteArray();
        BufferedImage image = assertSize(second, 989, Previews.PAGE_SIDE);
        // Page 2 is the one drawn black at the top: the page asked for, not the first.
        assertTrue(new Color(image.getRGB(494, 20)).getRed() < 60, "page 2's black band");
        page(TestTokens.vanphong(), sent.id(), pdf, 4).statusCode(404).body("detail", is("Tệp không có trang 4 để xem trước."));
        page(TestTokens.vanphong(), sent.id(), pdf, 0).statusCode(404);
        // The file itself still downloads as it was sent.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + sent.id() + "/attachments/" + pdf).then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void aFileNoImageCanBeMadeOfSaysSoClearly() {
        Sent sent = sendOk(TestTokens.phuongbadon(), publishedPlan().id(), inBaDon("Tệp hỏng " + UUID.randomUUID()));
        byte[] broken = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long id = upload(sent.id(), "hong.pdf", broken);
        thumbnail(TestTokens.vanphong(), sent.id(), id).statusCode(415).contentType("application/problem+json")
                .body("detail", is("Không tạo được ảnh xem trước của tệp này; hãy tải tệp về để xem."));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en")
                .get("/api/v1/feedback/" + sent.id() + "/attachments/" + id + "/thumbnail").then().statusCode(415)
                .body("detail", is("No preview can be made of this file; download it to see it."));
    }

    @Test
    void outOfScopeThePreviewsDoNotExist() throws IOException {
        var plan = publishedPlan();
        Sent sent = sendOk(TestTokens.phuongbadon(), plan.id(), inBaDon("Rác thải " + UUID.randomUUID()));
        long pdf = upload(sent.id(), "rac.pdf", pdf(1));
        long photo = upload(sent.id(), "rac.jpg", image("jpeg", 200, 100));
        for (String outsider : new String[] { TestTokens.vanphong2(), TestTokens.donvi2(), wardOfficer("phuong-quang-tho"),
                unitStaff("cong-an"), citizen("congdan-xem-" + UUID.randomUUID().toString().substring(0, 8)) }) {
            thumbnail(outsider, sent.id(), photo).statusCode(404);
            thumbnail(outsider, sent.id(), pdf).statusCode(404);
            page(outsider, sent.id(), pdf, 1).statusCode(404);
        }
        given().get("/api/v1/feedback/" + sent.id() + "/attachments/" + photo + "/thumbnail").then().statusCode(401);
        // An attachment through another item it does not belong to.
        Sent other = sendOk(TestTokens.phuongbadon(), plan.id(), inBaDon("Khác " + UUID.randomUUID()));
        thumbnail(TestTokens.vanphong(), other.id(), photo).statusCode(404);
    }

    private static ValidatableResponse thumbnail(String token, long item, long attachment) {
        return given().auth().oauth2(token).get("/api/v1/feedback/" + item + "/attachments/" + attachment + "/thumbnail").then();
    }

    private static ValidatableResponse page(String token, long item, long attachment, int page) {
        return given().auth().oauth2(token).get("/api/v1/feedback/" + item + "/attachments/" + attachment + "/pages/" + page).then();
    }

    private static long upload(long item, String fileName, byte[] content) {
        return given().auth().oauth2(TestTokens.phuongbadon()).contentType("application/octet-stream").body(content)
                .queryParam("fileName", fileName).post("/api/v1/feedback/" + item + "/attachments").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static BufferedImage assertSize(byte[] jpeg, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(width + "×" + height, image.getWidth() + "×" + image.getHeight());
        return image;
    }

    private static Map<String, Object> inBaDon(String title) {
        Map<String, Object> body = item(title, title + ", ảnh và đơn kèm theo");
        body.put("wardCode", "phuong-ba-don");
        return body;
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

    /** A real A4 PDF of the given pages; page 2 has a black band across its top. */
    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (i == 2) {
                    try (var content = new PDPageContentStream(doc, page)) {
                        content.setNonStrokingColor(Color.BLACK);
                        content.addRect(0, PDRectangle.A4.getHeight() - 60, PDRectangle.A4.getWidth(), 60);
                        content.fill();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
