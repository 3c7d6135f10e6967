package vn.doithoai.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingDeadlines;
import vn.doithoai.ruling.RulingType;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.inbox.DueTomorrow;

/**
 * Every morning (07:30 Vietnam time by default): a reminder to the lead unit of each open ruling falling due within
 * the configured working days, another on its due date, and a digest of the overdue rulings to the office on working
 * days. Each message is queued under its business key, so the job may run on every instance and again after a restart
 * the same day: what was queued once is not queued again (see {@link Notifications}).
 *
 * <p>The "due soon" key holds the ruling and its due date but not the day: whichever morning first finds the ruling
 * within the window sends it, so a day the job did not run (a restart at 7:30, a holiday) loses nothing.
 */
@ScopeDecidedElsewhere("A scheduled job for every body, run by nobody: reminders go to each ruling's own lead unit and office")
@ApplicationScoped
public class FollowUpReminders {

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.forLanguageTag("vi"));
    private static final int ATTEMPTS = 3;

    /** What one run queued. */
    public record Run(int dueSoon, int dueToday, int digests) {
    }

    private record Due(long rulingId, int number, LocalDate dueDate, String content, long planId, long bodyId, String planCode,
            String unitName, String unitEmail, String progressNote, int percent, FollowUpStatus followUp) {
    }

    @Inject
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Notifications notifications;

    @Inject
    RulingDeadlines deadlines;

    @Inject
    DueTomorrow dueTomorrow;

    @Inject
    Clock clock;

    @ConfigProperty(name = "doithoai.follow-up.remind-working-days", defaultValue = "3")
    int remindWorkingDays;

    @ConfigProperty(name = "doithoai.follow-up.office-email", defaultValue = "vp-thi-uy@doithoai.invalid")
    String officeEmail;

    @ConfigProperty(name = "doithoai.public-url", defaultValue = "http://localhost:5173")
    String publicUrl;

    @Scheduled(identity = "follow-up-reminders", cron = "${doithoai.follow-up.reminder-cron:0 30 7 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = run(LocalDate.now(clock));
        LOG.infof("Follow-up reminders: %d due soon, %d due today, %d overdue digest(s) queued", run.dueSoon(), run.dueToday(), run.digests());
    }

    /** Anything queued and not yet sent (a reminder of a run cut short, a resolution notice) goes out within a minute. */
    @Scheduled(identity = "notification-dispatch", every = "${doithoai.notifications.dispatch-every:1m}",
            delayed = "${doithoai.notifications.dispatch-delay:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchScheduled() {
        notifications.dispatch();
    }

    /** Queues today's reminders and digest (each at most once, ever), then sends what is pending. */
    public Run run(LocalDate today) {
        Run run = null;
        for (int attempt = 1; run == null; attempt++) {
            try {
                run = QuarkusTransaction.requiringNew().call(() -> queue(today));
            } catch (RuntimeException e) {
                // Two instances inserting the same keys may meet in a deadlock; the loser's work is all idempotent.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Follow-up reminders: attempt %d failed (%s), trying again", attempt, e.getMessage());
            }
        }
        notifications.dispatch();
        return run;
    }

    private Run queue(LocalDate today) {
        // Each ruling's days are counted on its plan's body's calendar; the query takes the widest window and each row
        // is held to its own.
        Map<Long, WorkingDays> calendars = new HashMap<>();
        Function<Long, WorkingDays> calendarOf = body -> calendars.computeIfAbsent(body, calendar::forBody);
        Set<Long> ownCalendars = new HashSet<>(calendar.bodiesWithDaysOfTheirOwn(today.getYear()));
        LocalDate horizon = calendar.national().addWorkingDays(today, remindWorkingDays);
        LocalDate widest = horizon;
        for (long body : ownCalendars) {
            LocalDate own = calendarOf.apply(body).addWorkingDays(today, remindWorkingDays);
            widest = own.isAfter(widest) ? own : widest;
        }
        int soon = 0;
        int dueToday = 0;
        for (Due d : open("r.dueDate >= :from and r.dueDate <= :to", today, widest)) {
            RulingDeadline deadline = deadlineOf(d, today);
            if (deadline.workingDaysLeft() == null || deadline.workingDaysLeft() > remindWorkingDays) {
                continue;
            }
            if (d.unitEmail() == null) {
                LOG.debugf("Ruling %d: unit %s has no email, no reminder", d.rulingId(), d.unitName());
                continue;
            }
            boolean isToday = d.dueDate().equals(today);
            String kind = isToday ? "DUE_TODAY" : "DUE_SOON";
            Integer left = deadline.workingDaysLeft();
            String subject = isToday
                    ? "[Đối Thoại] Đến hạn hôm nay: kết luận số " + d.number() + " (" + d.planCode() + ")"
                    : "[Đối Thoại] Nhắc hạn: kết luận số " + d.number() + " (" + d.planCode() + ") đến hạn " + d.dueDate().format(DAY);
            String body = "Kính gửi " + d.unitName() + ",\n\n"
                    + (isToday ? "Hôm nay là hạn giải quyết kết luận số " : "Còn " + left + " ngày làm việc đến hạn giải quyết kết luận số ")
                    + d.number() + " của kế hoạch " + d.planCode() + " (hạn " + d.dueDate().format(DAY) + "), đơn vị là đơn vị chủ trì.\n\n"
                    + "Nội dung: " + d.content() + "\n"
                    + "Tiến độ đã báo cáo: " + d.percent() + "%" + (d.progressNote() == null ? "" : " — " + d.progressNote()) + "\n\n"
                    + "Báo cáo tiến độ tại " + link(d) + "\n\n"
                    + "Thư này được gửi tự động từ hệ thống Đối Thoại.";
            if (notifications.queue(kind + ":r" + d.rulingId() + ":" + d.dueDate(), isToday ? Notifications.Kind.DUE_TODAY
                    : Notifications.Kind.DUE_SOON, Notifications.Channel.EMAIL, d.unitEmail(), subject, body, d.rulingId())) {
                if (isToday) {
                    dueToday++;
                } else {
                    soon++;
                }
            }
        }
        int digests = 0;
        if (calendar.national().isWorkingDay(today)) {
            List<Due> overdue = open("r.dueDate < :from and r.dueDate <= :to", today, today).stream()
                    .filter(d -> deadlineOf(d, today).overdue()).toList();
            if (!overdue.isEmpty()) {
                StringBuilder body = new StringBuilder("Kính gửi Văn phòng,\n\nĐến ngày " + today.format(DAY) + " có " + overdue.size()
                        + " kết luận quá hạn giải quyết:\n\n");
                for (Due d : overdue) {
                    body.append("- ").append(d.planCode()).append(", kết luận số ").append(d.number()).append(" — ").append(d.unitName())
                            .append(": hạn ").append(d.dueDate().format(DAY)).append(", quá hạn ")
                            .append(deadlineOf(d, today).workingDaysLate()).append(" ngày làm việc, đạt ")
                            .append(d.percent()).append("%.\n  ").append(link(d)).append('\n');
                }
                body.append("\nDanh sách đầy đủ: ").append(publicUrl).append("/follow-up?overdue=true\n\nThư này được gửi tự động từ hệ thống Đối Thoại.");
                if (notifications.queue("OVERDUE_DIGEST:" + today, Notifications.Kind.OVERDUE_DIGEST, Notifications.Channel.EMAIL,
                        officeEmail, "[Đối Thoại] " + overdue.size() + " kết luận quá hạn đến ngày " + today.format(DAY), body.toString(),
                        null)) {
                    digests++;
                }
            }
        }
        // The bell's "due tomorrow" rides on the same morning run and transaction as the reminders by mail.
        int bell = dueTomorrow.run(today);
        LOG.debugf("Follow-up reminders: %d due-tomorrow notification(s) under the bell", bell);
        return new Run(soon, dueToday, digests);
    }

    /** Issued rulings to resolve, open or in progress, with a due date in the window, earliest first. */
    private List<Due> open(String window, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select r.id, r.number, r.dueDate, r.content, p.id, p.number, p.symbol, l.id, l.name, "
                + "r.progressNote, r.progressPercent, p.bodyId, r.followUp from Ruling r join r.plan p join r.leadUnit l where r.status = :issued "
                + "and r.followUp in :open and " + window + " order by r.dueDate, r.id", Object[].class)
                .setParameter("issued", RulingStatus.ISSUED).setParameter("open", RulingDeadline.OPEN)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Due> due = new ArrayList<>();
        for (Object[] r : rows) {
            due.add(new Due((Long) r[0], (Integer) r[1], (LocalDate) r[2], (String) r[3], (Long) r[4], (Long) r[11], r[5] + "-" + r[6],
                    (String) r[8], UnitEmails.of(em, (Long) r[7]), (String) r[9], (Integer) r[10],
                    (FollowUpStatus) r[12]));
        }
        return due;
    }

    /** The one "overdue" of every list, counted on the ruling's plan's body's calendar. */
    private RulingDeadline deadlineOf(Due d, LocalDate today) {
        return deadlines.of(RulingType.RESOLVE, d.followUp(), d.dueDate(), d.bodyId(), today);
    }

    private String link(Due d) {
        return publicUrl + "/plans/" + d.planId() + "/rulings/" + d.rulingId() + "/follow-up";
    }
}
