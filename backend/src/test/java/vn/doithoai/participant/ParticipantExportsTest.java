package vn.doithoai.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.participant.ParticipantTestSupport.TODAY;
import static vn.doithoai.participant.ParticipantTestSupport.addOk;
import static vn.doithoai.participant.ParticipantTestSupport.citizen;
import static vn.doithoai.participant.ParticipantTestSupport.freshPhone;
import static vn.doithoai.participant.ParticipantTestSupport.publishedPlan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.participant.export.Pdfs;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantExportsTest {

    long plan;
    String hiddenPhone;
    long batch;
    String token;

    // Once per class, but RestAssured knows the test server's port only around each test.
    @BeforeEach
    void aPlanWithADelegateAndTwoCitizens() {
        if (plan != 0) {
            return;
        }
        plan = publishedPlan(TODAY.plusDays(30));
        hiddenPhone = freshPhone();
        long hidden = addOk(TestTokens.vanphong(), plan, citizen("Nguyễn Thị Hường", hiddenPhone, "phuong-ba-don", false));
        addOk(TestTokens.vanphong(), plan, citizen("Lê Văn Quảng Thọ", freshPhone(), "phuong-quang-tho", true));
        long delegate = addOk(TestTokens.vanphong(), plan, TestConsents.with(Map.of("person", Map.of("fullName", "Đặng Văn Lực",
                "title", "Trưởng phòng", "organisationCode", "phong-tnmt"), "kind", "DELEGATE", "level", "TOWN")));
        batch = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("number", "125-GM/ThU", "issuedOn", TODAY.toString(), "channel", "HAND_DELIVERY",
                        "participantIds", List.of(hidden, delegate)))
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        token = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/participants/" + hidden).then()
                .extract().path("token");
    }

    private byte[] download(String token, String path, String type) {
        return given().auth().oauth2(token).get("/api/v1/plans/" + plan + path).then().statusCode(200)
                .contentType(startsWith(type)).header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
    }

    @Test
    void theCsvIsForExcelAndHoldsOnlyWhatTheCallerMaySee() {
        String office = new String(download(TestTokens.vanphong(), "/participants/export.csv", "text/csv"), StandardCharsets.UTF_8);
        assertTrue(office.startsWith("\uFEFFSTT,Họ và tên,Chức vụ"), office);
        assertTrue(office.contains("Nguyễn Thị Hường") && office.contains(hiddenPhone) && office.contains("Đặng Văn Lực"), office);
        assertTrue(office.contains("125-GM/ThU ngày " + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));

        String unit = new String(download(TestTokens.phongtnmt(), "/participants/export.csv", "text/csv"), StandardCharsets.UTF_8);
        assertFalse(unit.contains("Nguyễn Thị Hường") || unit.contains(hiddenPhone), unit);
        assertTrue(unit.contains("Công dân phường Ba Đồn") && unit.contains("Lê Văn Quảng Thọ"), unit);

        String ward = new String(download(TestTokens.phuongbadon(), "/participants/export.csv", "text/csv"), StandardCharsets.UTF_8);
        assertTrue(ward.contains("Nguyễn Thị Hường"), ward);
        assertFalse(ward.contains("Lê Văn Quảng Thọ") || ward.contains("Đặng Văn Lực"), ward);

        String english = new String(given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en")
                .get("/api/v1/plans/" + plan + "/participants/export.csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFNo.,Full name,Position"), english);
    }

    @Test
    void theWorkbookReadsBackWithPhonesAsText() throws Exception {
        byte[] xlsx = download(TestTokens.vanphong(), "/participants/export.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertEquals("Họ và tên", rows.get(0).getCellText(1));
            assertEquals(4, rows.size(), "header and three participants");
            assertTrue(rows.stream().anyMatch(r -> hiddenPhone.equals(r.getCellText(6))), "the phone keeps its leading zero");
        }
    }

    @Test
    void theAttendanceSheetHasASectionPerGroup() {
        byte[] pdf = download(TestTokens.vanphong(), "/participants/attendance-sheet.pdf", "application/pdf");
        String text = Pdfs.text(pdf, 1);
        assertTrue(text.contains("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐỐI THOẠI"), text);
        assertTrue(text.contains("I. Đại biểu ở thị xã") && text.contains("Đặng Văn Lực") && text.contains("Nguyễn Thị Hường"), text);
        assertTrue(text.contains("Ký tên"), text);
    }

    @Test
    void eachInviteeGetsALetterWithTheirQrCode() {
        byte[] pdf = download(TestTokens.vanphong(), "/invitations/" + batch + "/letters.pdf", "application/pdf");
        assertEquals(2, Pdfs.pages(pdf));
        String all = Pdfs.text(pdf, 1) + " " + Pdfs.text(pdf, 2);
        assertTrue(all.contains("GIẤY MỜI") && all.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && all.contains("THỊ ỦY BA ĐỒN"), all);
        assertTrue(all.contains("Kính gửi: Đồng chí Đặng Văn Lực") && all.contains("Kính gửi: Ông/Bà Nguyễn Thị Hường"), all);
        assertTrue(all.contains("Số 125-GM/ThU") && all.contains("Ba Đồn, ngày"), all);
        // A ward officer prints the letters of their own ward only.
        assertEquals(1, Pdfs.pages(download(TestTokens.phuongbadon(), "/invitations/" + batch + "/letters.pdf", "application/pdf")));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/invitations/999999/letters.pdf").then().statusCode(404);
    }

    @Test
    void theQrCodeImageOpensTheConfirmationLink() {
        String svg = given().get("/api/v1/rsvp/" + token + "/qr.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();
        assertTrue(svg.contains("<svg") && svg.contains("viewBox"), svg);
        given().get("/api/v1/rsvp/" + "A".repeat(43) + "/qr.svg").then().statusCode(404);
    }

    @Test
    void theDemoPlanCarriesItsComposition() {
        long seed = DemoPlans.plan61();
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + seed + "/composition").then().statusCode(200)
                .body("groups.find { it.level == 'TOWN' }.participants", is(12))
                .body("groups.find { it.level == 'WARD' }.participants", is(8))
                .body("groups.find { it.level == 'VILLAGE' }.participants", is(14))
                .body("total.invited", is(34)).body("total.attended", is(31));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + seed).then()
                .body("invitationRule.unit", is("WORKING_DAYS")).body("citizenInvitationDeadline", is("2022-11-22"));
        given().queryParam("size", 100).get("/api/v1/public/plans/" + seed + "/participants").then().statusCode(200).body("totalItems", is(34))
                .body("items.displayName", org.hamcrest.Matchers.hasItem("Công dân phường Quảng Thọ"))
                .body(org.hamcrest.Matchers.not(containsString("0900")));
    }
}
