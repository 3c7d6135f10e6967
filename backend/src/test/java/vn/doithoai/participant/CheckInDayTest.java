package vn.doithoai.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.doithoai.participant.ParticipantTestSupport.TODAY;
import static vn.doithoai.participant.ParticipantTestSupport.addOk;
import static vn.doithoai.participant.ParticipantTestSupport.citizen;
import static vn.doithoai.participant.ParticipantTestSupport.freshPhone;
import static vn.doithoai.participant.ParticipantTestSupport.publishedPlan;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestTokens;

/**
 * Check-in belongs to the session's day: on another day the door officer is warned (a check-in cannot be undone) and
 * records it only by confirming, and the record says it was confirmed.
 */
@QuarkusTest
class CheckInDayTest {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static ValidatableResponse checkIn(long plan, long participant, Boolean confirmed, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", participant);
        if (confirmed != null) {
            body.put("outsideSessionDay", confirmed);
        }
        return given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", language).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/check-ins").then();
    }

    private static ValidatableResponse participant(long plan, long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/participants/" + id).then().statusCode(200);
    }

    @Test
    void sixteenDaysBeforeTheSessionTheOfficerIsWarnedAndNothingIsRecorded() {
        long plan = publishedPlan(TODAY.plusDays(16));
        long person = addOk(TestTokens.vanphong(), plan, citizen("Hồ Văn Sớm", freshPhone(), "phuong-ba-don", false));

        checkIn(plan, person, null, "vi").statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", is("urn:problem-type:doithoai:checkin-outside-session-day"))
                .body("title", is("Không phải ngày đối thoại"))
                .body("detail", is("Hôm nay (" + TODAY.format(VI) + ") không phải ngày đối thoại (" + TODAY.plusDays(16).format(VI)
                        + "). Điểm danh không hủy được: chỉ xác nhận nếu người này thật sự có mặt hôm nay."));
        checkIn(plan, person, false, "en").statusCode(409).body("title", is("Not the session's day"))
                .body("detail", startsWith("Today ("));
        participant(plan, person).body("checkedInAt", nullValue());

        // Confirmed: recorded (the audit trail notes it was outside the session day).
        checkIn(plan, person, true, "vi").statusCode(200).body("alreadyCheckedIn", is(false)).body("checkedInAt", notNullValue());
        participant(plan, person).body("checkedInAt", notNullValue());
        // A second scan of someone already in only says so: nothing to warn about.
        checkIn(plan, person, null, "vi").statusCode(200).body("alreadyCheckedIn", is(true));
    }

    @Test
    void theDayBeforeTheSessionTooTheOfficerIsWarned() {
        long plan = publishedPlan(TODAY.plusDays(1));
        long person = addOk(TestTokens.vanphong(), plan, citizen("Hồ Văn Muộn", freshPhone(), "phuong-ba-don", false));
        checkIn(plan, person, null, "vi").statusCode(409).body("type", is("urn:problem-type:doithoai:checkin-outside-session-day"));
    }

    @Test
    void onTheSessionDayNoWarning() {
        long plan = publishedPlan(TODAY);
        long person = addOk(TestTokens.vanphong(), plan, citizen("Hồ Văn Đúng", freshPhone(), "phuong-ba-don", false));
        checkIn(plan, person, null, "vi").statusCode(200).body("alreadyCheckedIn", is(false));
    }
}
