package vn.doithoai.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.inbox.Bell.freshUnit;
import static vn.doithoai.inbox.Bell.inbox;
import static vn.doithoai.inbox.Bell.kindsAbout;
import static vn.doithoai.inbox.Bell.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.inbox.DueTomorrow;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/** The morning job tells a unit under its bell of what it must deliver the next working day, once. */
@QuarkusTest
class FollowUpDueTomorrowBellTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    DueTomorrow dueTomorrow;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Test
    void aTaskAndARulingDueTheNextWorkingDayAreToldOnceToTheirUnit() {
        String unit = freshUnit();
        String officer = officer(unit, "hm-" + unit);
        long plan = heldPlan(TODAY, 5);
        // Counted on the plan's body's own calendar, as the job counts.
        long body = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select p.bodyId from Plan p where p.id = :plan", Long.class)
                .setParameter("plan", plan).getSingleResult());
        LocalDate next = calendar.forBody(body).addWorkingDays(TODAY, 1);
        LocalDate later = calendar.forBody(body).addWorkingDays(TODAY, 2);
        long item = item(plan, null, null, null);
        long tomorrow = issued(plan, "RESOLVE", List.of(item), unit, List.of(), next, "Nạo vét cống " + UUID.randomUUID());
        long notYet = issued(plan, "RESOLVE", List.of(item), unit, List.of(), later, "Lát vỉa hè " + UUID.randomUUID());
        long elsewhere = issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), next, "Trồng cây " + UUID.randomUUID());
        long[] tasks = tasksOf(plan);
        ownedAndDue(tasks[0], unit, next);
        ownedAndDue(tasks[1], unit, later);

        // Run as the morning job runs it, in its own transaction, twice (a restart, a second instance).
        morning(TODAY);
        morning(TODAY);

        assertEquals(List.of("DUE_TOMORROW"), kindsAbout(officer, "RULING", tomorrow));
        assertEquals(List.of(), kindsAbout(officer, "RULING", notYet));
        assertEquals(List.of(), kindsAbout(officer, "RULING", elsewhere), "another unit's ruling");
        assertEquals(List.of("DUE_TOMORROW"), kindsAbout(officer, "TASK", tasks[0]));
        assertEquals(List.of(), kindsAbout(officer, "TASK", tasks[1]));
        JsonPath mine = inbox(officer);
        assertEquals(2, mine.getInt("totalItems"), "run twice, told once");
        assertEquals(next.toString(), mine.getString("items[0].dueDate"));
        assertEquals(plan, mine.getLong("items[0].planId"));
        assertEquals(List.of(), kindsAbout(TestTokens.phongtnmt(), "TASK", tasks[0]));
        assertEquals(List.of(), kindsAbout(TestTokens.vanphong(), "RULING", tomorrow), "the unit's work, not the office's");
        assertEquals(0, inbox(TestTokens.tokenIn(TestTokens.BAC_GIANH, "hm2-" + unit, "Cán bộ nơi khác", List.of("unit"), unit, null))
                .getInt("totalItems"), "another body's staff");

        // The next morning: due today now, not "tomorrow"; the one due the day after is told.
        morning(next);
        assertEquals(List.of("DUE_TOMORROW"), kindsAbout(officer, "RULING", tomorrow));
        assertEquals(List.of("DUE_TOMORROW"), kindsAbout(officer, "RULING", notYet));
        assertEquals(List.of("DUE_TOMORROW"), kindsAbout(officer, "TASK", tasks[1]));
        assertEquals(4, inbox(officer).getInt("totalItems"));
    }

    /**
     * The bell's part of the morning reminder job ({@link FollowUpReminders} runs it in the transaction of its mails);
     * run alone here, so that the test does not take the day's mails (the office's one digest a day) from the tests of
     * the mails.
     */
    private void morning(LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> dueTomorrow.run(today));
    }

    private long[] tasksOf(long plan) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select t.id from PreparationTask t where t.plan.id = :plan "
                + "order by t.position", Long.class).setParameter("plan", plan).setMaxResults(2).getResultStream()
                .mapToLong(Long::longValue).toArray());
    }

    /** The template gives the plan its tasks; two are handed to the test's own unit, with the due dates the test needs. */
    private void ownedAndDue(long task, String unit, LocalDate due) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update plan_task set owner_unit_id = (select id from org_unit "
                + "where code = ?1), owner_kind = null, due_date = ?2, done_on = null where id = ?3").setParameter(1, unit)
                .setParameter(2, due).setParameter(3, task).executeUpdate());
    }
}
