package vn.doithoai.todo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.calendar.CalendarOverrideService;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.FeedbackSearch;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.followup.FollowUpSearch;
import vn.doithoai.notice.ConclusionNotices;
import vn.doithoai.notice.NoticeDeadlineLevel;
import vn.doithoai.notice.dto.NoticeView;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanRepository;
import vn.doithoai.plan.PlanService;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.PreparationTaskSearch;
import vn.doithoai.plan.dto.PlanSummary;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingService;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.todo.dto.TodoView;
import vn.doithoai.todo.dto.TodoView.Entry;
import vn.doithoai.todo.dto.TodoView.Link;

/**
 * "Việc của tôi": for each role of the caller, what waits. Every count is the total of the list its entry opens, taken
 * from that list's own search with the entry's filter (the feedback, plan, preparation task, ruling and follow-up lists),
 * so a count and its list cannot disagree; deadlines are the plan's and the notice's own, counted in working days on the
 * plan's body's calendar.
 */
@RequestScoped
public class TodoService {

    /** "Due soon" for preparation tasks: the coming week. */
    static final int TASKS_DUE_WITHIN_DAYS = 7;
    /** Plans a list reads at most for its deadlines: a body has a handful open at once. */

    @Inject
    CurrentUser user;

    @Inject
    BodyScope bodies;

    @Inject
    FeedbackSearch feedback;

    @Inject
    FollowUpSearch followUps;

    @Inject
    PreparationTaskSearch tasks;

    @Inject
    PlanService plans;

    @Inject
    PlanAccess planAccess;

    @Inject
    RulingService rulings;

    @Inject
    ConclusionNotices notices;

    @Inject
    CalendarOverrideService calendarOverrides;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Locale locale;
    private LocalDate today;

    public TodoView todo(Locale locale) {
        this.locale = locale;
        this.today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        List<Entry> entries = new ArrayList<>();
        if (user.hasRole(Role.ADMIN)) {
            admin(entries);
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            office(entries);
        }
        if (user.hasRole(Role.CHAIR)) {
            chair(entries);
        }
        if (user.hasRole(Role.UNIT)) {
            unit(entries);
        }
        if (user.hasRole(Role.WARD)) {
            ward(entries);
        }
        return new TodoView(today, entries);
    }

    // --- the roles ---------------------------------------------------------------------------------------------------

    private void office(List<Entry> entries) {
        String role = Role.SECRETARIAT_ID;
        entries.add(feedbackEntry(role, TodoKind.ITEMS_TO_CLASSIFY, FeedbackStatus.RECEIVED));
        entries.add(feedbackEntry(role, TodoKind.ITEMS_WITHOUT_UNIT, FeedbackStatus.CLASSIFIED));
        entries.add(feedbackEntry(role, TodoKind.ANSWERS_TO_REVIEW, FeedbackStatus.ANSWER_DRAFTED));
        long dueSoon = tasks.list(new PreparationTaskSearch.Filter(null, null, null, TASKS_DUE_WITHIN_DAYS, null), PageRequest.first(1))
                .totalItems();
        entries.add(counted(role, TodoKind.TASKS_DUE_SOON, dueSoon, "/preparation-tasks",
                Map.of("dueWithinDays", Integer.toString(TASKS_DUE_WITHIN_DAYS)), "/api/v1/preparation-tasks", dueSoon, TASKS_DUE_WITHIN_DAYS));
        long overdue = tasks.list(new PreparationTaskSearch.Filter(null, null, null, null, true), PageRequest.first(1)).totalItems();
        entries.add(counted(role, TodoKind.TASKS_OVERDUE, overdue, "/preparation-tasks", Map.of("overdue", "true"), "/api/v1/preparation-tasks",
                overdue));
        // The invitations of each plan still ahead of its session; the notice of each dialogue held and not yet concluded.
        for (PlanSummary summary : plansIn(PlanStatus.APPROVED, PlanStatus.PUBLISHED)) {
            Plan plan = planAccess.readable(summary.id());
            LocalDate session = plan.sessionDate();
            if (session == null || session.isBefore(today) || !bodies.mayWrite(plan.bodyId())) {
                continue;
            }
            WorkingDays days = calendar.forBody(plan.bodyId());
            LocalDate general = plan.invitationDeadline(false, days);
            LocalDate citizens = plan.invitationDeadline(true, days);
            if (general != null) {
                entries.add(deadline(role, TodoKind.INVITATION_DEADLINE, "todo.INVITATION_DEADLINE", plan, general, days,
                        "/plans/" + plan.id() + "/participants"));
            }
            if (citizens != null && !citizens.equals(general)) {
                entries.add(deadline(role, TodoKind.INVITATION_DEADLINE, "todo.INVITATION_DEADLINE.citizens", plan, citizens, days,
                        "/plans/" + plan.id() + "/participants"));
            }
        }
        for (PlanSummary summary : plansIn(PlanStatus.HELD)) {
            Plan plan = planAccess.readable(summary.id());
            if (!bodies.mayWrite(plan.bodyId())) {
                continue;
            }
            NoticeView.Deadline notice = notices.deadline(plan);
            if (notice != null && notice.level() != NoticeDeadlineLevel.DONE) {
                entries.add(deadline(Role.SECRETARIAT_ID, TodoKind.NOTICE_DEADLINE, "todo.NOTICE_DEADLINE", plan, notice.dueDate(),
                        calendar.forBody(plan.bodyId()), "/plans/" + plan.id() + "/notice"));
            }
        }
    }

    private void chair(List<Entry> entries) {
        String role = Role.CHAIR_ID;
        long submitted = plans.list(planFilter(PlanStatus.SUBMITTED), null, "1").totalItems();
        entries.add(counted(role, TodoKind.PLANS_TO_APPROVE, submitted, "/plans", Map.of("status", PlanStatus.SUBMITTED.name()), "/api/v1/plans",
                submitted));
        entries.add(feedbackEntry(role, TodoKind.ANSWERS_TO_APPROVE, FeedbackStatus.ANSWER_SUBMITTED));
        // Draft rulings are issued plan by plan, on the plan's own list of rulings: counted for every held or concluded
        // plan of the chair's own bodies at once.
        List<PlanSummary> held = plansIn(PlanStatus.HELD, PlanStatus.CONCLUDED);
        Map<Long, Long> draftsByPlan = rulings.draftsByPlan(held.stream().map(PlanSummary::id).toList(), bodies.writable());
        boolean anyDraft = false;
        for (PlanSummary summary : held) {
            long drafts = draftsByPlan.getOrDefault(summary.id(), 0L);
            if (drafts > 0) {
                anyDraft = true;
                String path = "/plans/" + summary.id() + "/rulings";
                entries.add(new Entry(role, TodoKind.RULINGS_TO_ISSUE, drafts, new Link(path, Map.of("status", RulingStatus.DRAFT.name()),
                        "/api/v1" + path), text("todo.RULINGS_TO_ISSUE", drafts, summary.title()), null, null, plan(summary)));
            }
        }
        if (!anyDraft) {
            entries.add(new Entry(role, TodoKind.RULINGS_TO_ISSUE, 0L, new Link("/plans", Map.of("status", PlanStatus.HELD.name()), null),
                    text("todo.RULINGS_TO_ISSUE.none"), null, null, null));
        }
        entries.add(followUpEntry(role, TodoKind.RULINGS_OVERDUE, null, true));
    }

    private void unit(List<Entry> entries) {
        String role = Role.UNIT_ID;
        FeedbackSearch.Filter assigned = new FeedbackSearch.Filter(null, null, null, null, FeedbackStatus.ASSIGNED, null, null, null);
        long count = feedback.count(assigned);
        // The answers are wanted by the session of their dialogue: the nearest among the first page of the same list.
        Plan nearest = null;
        if (count > 0) {
            for (Long planId : feedback.list(assigned, null, Integer.toString(PageRequest.MAX_SIZE)).items().stream()
                    .map(item -> item.planId()).distinct().toList()) {
                Plan plan = em.find(Plan.class, planId);
                LocalDate session = plan == null ? null : plan.sessionDate();
                if (session != null && !session.isBefore(today) && (nearest == null || session.isBefore(nearest.sessionDate()))) {
                    nearest = plan;
                }
            }
        }
        Link link = new Link("/feedback", Map.of("status", FeedbackStatus.ASSIGNED.name()), "/api/v1/feedback");
        if (nearest != null) {
            WorkingDays days = calendar.forBody(nearest.bodyId());
            entries.add(new Entry(role, TodoKind.ITEMS_TO_ANSWER, count, link,
                    text("todo.ITEMS_TO_ANSWER.dated", count, days(nearest.sessionDate(), days)), nearest.sessionDate(),
                    days.workingDaysBetween(today, nearest.sessionDate()), plan(nearest)));
        } else {
            entries.add(new Entry(role, TodoKind.ITEMS_TO_ANSWER, count, link, text("todo.ITEMS_TO_ANSWER", count), null, null, null));
        }
        entries.add(followUpEntry(role, TodoKind.RULINGS_NOT_STARTED, FollowUpStatus.OPEN, null));
        entries.add(followUpEntry(role, TodoKind.RULINGS_IN_PROGRESS, FollowUpStatus.IN_PROGRESS, null));
        entries.add(followUpEntry(role, TodoKind.RULINGS_OVERDUE, null, true));
    }

    private void ward(List<Entry> entries) {
        String role = Role.WARD_ID;
        Plan next = nextDialogue();
        if (next != null) {
            WorkingDays days = calendar.forBody(next.bodyId());
            LocalDate session = next.sessionDate();
            entries.add(new Entry(role, TodoKind.WARD_REPORT, null, new Link("/plans/" + next.id() + "/feedback/ward", Map.of(), null),
                    text("todo.WARD_REPORT", next.title(), days(session, days)), session, days.workingDaysBetween(today, session), plan(next)));
            entries.add(new Entry(role, TodoKind.WARD_CHECK_IN, null, new Link("/plans/" + next.id() + "/check-in", Map.of(), null),
                    text("todo.WARD_CHECK_IN", next.title(), days(session, days)), session, days.workingDaysBetween(today, session), plan(next)));
        }
        long open = feedback.count(new FeedbackSearch.Filter(null, null, null, null, null, null, null, null, null, false, true));
        entries.add(counted(role, TodoKind.WARD_OPEN_ITEMS, open, "/feedback", Map.of("open", "true"), "/api/v1/feedback", open));
    }

    private void admin(List<Entry> entries) {
        String role = Role.ADMIN_ID;
        if (bodies.isInstallationAdmin()) {
            // The national schedule of days off (lịch nghỉ) is published yearly; every deadline counts on it.
            List<Integer> missing = new ArrayList<>();
            for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
                if (calendarOverrides.list(calendarOverrides.layer(null), year).isEmpty()) {
                    missing.add(year);
                }
            }
            Map<String, String> query = missing.isEmpty() ? Map.of() : Map.of("year", Integer.toString(missing.get(0)));
            entries.add(new Entry(role, TodoKind.CALENDAR_YEARS, (long) missing.size(), new Link("/calendar", query, null),
                    missing.isEmpty() ? text("todo.CALENDAR_YEARS.none")
                            : text("todo.CALENDAR_YEARS", missing.size(), String.join(", ", missing.stream().map(Object::toString).toList())),
                    null, null, null));
        }
        entries.add(new Entry(role, TodoKind.TEMPLATES, null, new Link("/plan-templates", Map.of(), null), text("todo.TEMPLATES"), null, null,
                null));
        entries.add(new Entry(role, TodoKind.STAFF, null, new Link("/staff", Map.of(), null), text("todo.STAFF"), null, null, null));
    }

    // --- entries from the lists' own searches ------------------------------------------------------------------------

    private Entry feedbackEntry(String role, TodoKind kind, FeedbackStatus status) {
        long count = feedback.count(new FeedbackSearch.Filter(null, null, null, null, status, null, null, null));
        return counted(role, kind, count, "/feedback", Map.of("status", status.name()), "/api/v1/feedback", count);
    }

    private Entry followUpEntry(String role, TodoKind kind, FollowUpStatus status, Boolean overdue) {
        long count = followUps.count(new FollowUpSearch.Filter(status, overdue, null, null));
        Map<String, String> query = new LinkedHashMap<>();
        if (status != null) {
            query.put("status", status.name());
        }
        if (overdue != null) {
            query.put("overdue", overdue.toString());
        }
        return counted(role, kind, count, "/follow-up", query, "/api/v1/follow-up", count);
    }

    private Entry counted(String role, TodoKind kind, long count, String path, Map<String, String> query, String api, Object... args) {
        return new Entry(role, kind, count, new Link(path, query, api), text("todo." + kind.name(), args), null, null, null);
    }

    private Entry deadline(String role, TodoKind kind, String key, Plan plan, LocalDate due, WorkingDays days, String path) {
        return new Entry(role, kind, null, new Link(path, Map.of(), null), text(key, plan.title(), days(due, days)), due,
                days.workingDaysBetween(today, due), plan(plan));
    }

    /** "hạn 18/12/2026, còn 3 ngày làm việc", "hạn hôm nay", "đã quá hạn 2 ngày làm việc". */
    private String days(LocalDate due, WorkingDays days) {
        int left = days.workingDaysBetween(today, due);
        if (due.equals(today)) {
            return text("todo.days.today", due);
        }
        return left >= 0 ? text("todo.days.left", due, left) : text("todo.days.past", due, -left);
    }

    // --- plans -------------------------------------------------------------------------------------------------------

    /** The caller's plans of these statuses, from the plan list's own search (their body's and those it oversees). */
    private List<PlanSummary> plansIn(PlanStatus... statuses) {
        List<PlanSummary> found = new ArrayList<>();
        for (PlanStatus status : statuses) {
            found.addAll(plans.list(planFilter(status), null, Integer.toString(PageRequest.MAX_SIZE)).items());
        }
        return found;
    }

    private static PlanRepository.Filter planFilter(PlanStatus status) {
        return new PlanRepository.Filter(null, status, null, null, false, null, null);
    }

    /** The published dialogue of the caller's bodies whose session comes next (today's included), if any. */
    private Plan nextDialogue() {
        Set<Long> readable = planAccess.readableBodies();
        if (readable != null && readable.isEmpty()) {
            return null;
        }
        ZoneId vietnam = Clocks.VIETNAM;
        var query = em.createQuery("select p from Plan p where p.status = :published and p.sessionAt >= :from"
                + (readable == null ? "" : " and p.bodyId in :bodies") + " order by p.sessionAt, p.id", Plan.class)
                .setParameter("published", PlanStatus.PUBLISHED).setParameter("from", today.atStartOfDay(vietnam).toInstant());
        if (readable != null) {
            query.setParameter("bodies", readable);
        }
        return query.setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static TodoView.Plan plan(Plan plan) {
        return new TodoView.Plan(plan.id(), plan.title(), plan.sessionDate());
    }

    private static TodoView.Plan plan(PlanSummary plan) {
        return new TodoView.Plan(plan.id(), plan.title(), plan.sessionAt() == null ? null : plan.sessionAt().atZoneSameInstant(Clocks.VIETNAM)
                .toLocalDate());
    }

    private String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
