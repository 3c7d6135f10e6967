package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.path;
import static vn.doithoai.followup.FollowUpTestSupport.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.testsupport.Contacts;
import vn.doithoai.testsupport.TestTokens;

/** Reminders, the overdue digest and the notices to senders: each exactly once, across two instances and a rerun. */
@QuarkusTest
class FollowUpNotificationTest {

    private static final LocalDate TODAY = TestClock.today();
    private static final String TNMT = "phong-tnmt@doithoai.invalid";
    private static final String OFFICE = "vp-thi-uy@doithoai.invalid";

    @Inject
    MockMailbox mailbox;

    @Inject
    FollowUpReminders reminders;

    @Inject
    Notifications notifications;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Test
    void remindersAndTheDigestGoOutOnceWithTwoInstancesAndAfterARestart() throws Exception {
        long plan = heldPlan(TODAY, 10);
        long item = item(plan, null, null, null);
        String soon = "Sắp đến hạn " + UUID.randomUUID();
        String dueToday = "Hạn hôm nay " + UUID.randomUUID();
        String overdue = "Quá hạn " + UUID.randomUUID();
        String later = "Còn lâu " + UUID.randomUUID();
        issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), calendar.national().addWorkingDays(TODAY, 3), soon);
        issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY, dueToday);
        long overdueId = issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY.minusDays(10), overdue);
        issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), calendar.national().addWorkingDays(TODAY, 10), later);
        mailbox.clear();

        // Two instances run the morning job at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<FollowUpReminders.Run>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> await(start, () -> reminders.run(TODAY)), pool),
                    CompletableFuture.supplyAsync(() -> await(start, () -> reminders.run(TODAY)), pool));
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        // A restart later the same morning runs it again; so does the other instance.
        reminders.run(TODAY);
        reminders.run(TODAY);

        assertEquals(1, mailsAbout(TNMT, soon), "one due-soon reminder");
        assertEquals(1, mailsAbout(TNMT, dueToday), "one due-today reminder");
        assertEquals(0, mailsAbout(TNMT, later), "not yet within the window");
        assertTrue(mailbox.getMailsSentTo(TNMT).stream().filter(m -> m.getText().contains(soon))
                .allMatch(m -> m.getSubject().startsWith("[Đối Thoại] Nhắc hạn") && m.getText().contains("Còn 3 ngày làm việc")));
        if (calendar.national().isWorkingDay(TODAY)) {
            List<Mail> digests = mailbox.getMailsSentTo(OFFICE).stream().filter(m -> m.getSubject().contains("quá hạn")).toList();
            assertEquals(1, digests.size(), "one overdue digest a day");
            assertTrue(digests.get(0).getText().contains("/rulings/" + overdueId + "/follow-up"), digests.get(0).getText());
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notification where ruling_id in (select id from ruling where plan_id = ?1) and status = 'SENT'")
                .setParameter(1, plan).getSingleResult()).longValue());
        assertEquals(2, rows);
    }

    @Test
    void resolvingNotifiesEachSenderWithAConfirmedContactOnce() {
        var sms = Contacts.RecordingSms.install();
        long plan = heldPlan(TODAY, 1);
        String email = "nguoidan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String phone = Contacts.freshPhone();
        String unconfirmed = Contacts.freshPhone();
        long primary = item(plan, "Lê Văn Sáu", email, null);
        long phoneOnly = item(plan, "Hoàng Thị Mỹ", null, phone);
        long member = item(plan, "Lê Văn Sáu", email.toUpperCase(), null);
        long noContact = item(plan, null, null, null);
        // Anyone can type anyone's number: one nobody confirmed hears nothing.
        long strangersNumber = item(plan, "Đinh Văn Tám", null, unconfirmed);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + primary).then().statusCode(200)
                .body("contactConfirmed.email", is(false)).body("contactConfirmed.phone", nullValue());
        Contacts.confirmEmail(mailbox, email, Contacts.trackingCode(primary));
        Contacts.confirmPhone(sms, phone, Contacts.trackingCode(phoneOnly));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + primary).then().statusCode(200)
                .body("contactConfirmed.email", is(true));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + strangersNumber).then().statusCode(200)
                .body("contactConfirmed.phone", is(false)).body("contactConfirmed.email", nullValue());
        String etag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + primary).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(java.util.Map.of("items", List.of(member))).post("/api/v1/feedback/" + primary + "/merge").then().statusCode(200);
        long ruling = issued(plan, "RESOLVE", List.of(primary, phoneOnly, noContact, strangersNumber), "phong-tnmt", List.of(), TODAY.plusDays(20),
                "Sửa đường " + UUID.randomUUID());
        mailbox.clear();

        report(TestTokens.phongtnmt(), plan, ruling, "\"1\"", outcome("RESOLVED", 100, "Đã sửa xong", null)).statusCode(201);
        notifications.dispatch();
        List<Mail> mails = mailbox.getMailsSentTo(email.toLowerCase());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("Đã sửa xong") && mails.get(0).getText().contains("Lê Văn Sáu"), mails.get(0).getText());

        // Reopened and resolved again: nobody hears twice.
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(java.util.Map.of("note", "Kiểm tra lại")).post(path(plan, ruling) + "/reopen").then().statusCode(201);
        report(TestTokens.phongtnmt(), plan, ruling, "\"3\"", outcome("RESOLVED", 100, "Đã sửa lại", null)).statusCode(201);
        notifications.dispatch();
        assertEquals(1, mailbox.getMailsSentTo(email.toLowerCase()).size());

        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select channel, recipient, status from notification where ruling_id = ?1 order by channel").setParameter(1, ruling)
                .getResultList());
        assertEquals(2, rows.size(), "one mail, one SMS; the sender without contact and the unconfirmed number get nothing");
        Object[] row = (Object[]) rows.get(1);
        assertEquals(List.of("SMS", phone, "SENT"), List.of(row[0], row[1], row[2]));
        // The SMS went through the gateway, once.
        assertEquals(1, sms.sent.stream().filter(m -> m.to().equals(phone) && m.text().contains("da duoc giai quyet")).count());
        assertTrue(sms.sent.stream().noneMatch(m -> m.to().equals(unconfirmed)));
    }

    @Test
    void aMailSentAgainAfterItsSentMarkWasLostKeepsItsMessageId() {
        String to = "nguoidan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String key = "test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.queue(key, Notifications.Kind.RESOLVED, Notifications.Channel.EMAIL, to, "Kết quả", "Đã giải quyết", null);
            notifications.queue(key + ":other", Notifications.Kind.RESOLVED, Notifications.Channel.EMAIL, to, "Kết quả", "Khác", null);
        });
        notifications.dispatch();
        // The process died after the mail server took the message, before SENT was committed.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update notification set status = 'PENDING' where business_key = ?1")
                .setParameter(1, key).executeUpdate());
        notifications.dispatch();

        List<String> ids = mailbox.getMailsSentTo(to).stream().filter(m -> m.getText().equals("Đã giải quyết"))
                .map(m -> m.getHeaders().get("Message-ID").get(0)).toList();
        assertEquals(2, ids.size(), "sent twice: the window SMTP leaves open");
        assertEquals(ids.get(0), ids.get(1), "both sends are one message to the receiving mail system");
        assertTrue(ids.get(0).matches("<notification\\.\\d+\\.[0-9a-f]{16}@doithoai\\.invalid>"), ids.get(0));
        String other = mailbox.getMailsSentTo(to).stream().filter(m -> m.getText().equals("Khác")).findFirst().orElseThrow()
                .getHeaders().get("Message-ID").get(0);
        assertNotEquals(ids.get(0), other, "another message, another id");
    }

    private long mailsAbout(String to, String text) {
        return mailbox.getMailsSentTo(to).stream().filter(m -> m.getText().contains(text)).count();
    }

    private static <T> T await(CountDownLatch start, java.util.function.Supplier<T> run) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return run.get();
    }
}
