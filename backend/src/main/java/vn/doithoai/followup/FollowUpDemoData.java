package vn.doithoai.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitRepository;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingFollowUps;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.ruling.RulingType;
import vn.doithoai.ruling.dto.RulingView;

/**
 * followup-v1: the units' mail addresses (@doithoai.invalid), and the follow-up of plan 61's issued rulings (made by
 * rulings-v1) in several states — in progress at 40 %, resolved, cannot be resolved, overdue, due in a few days — with
 * due dates moved relative to the day of loading, so "overdue" stays overdue and "due soon" is due soon. Without
 * issued rulings on plan 61 only the addresses are set.
 */
@ApplicationScoped
public class FollowUpDemoData {

    private static final Logger LOG = Logger.getLogger(FollowUpDemoData.class);

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    RulingFollowUps rulings;

    @Inject
    OrgUnitRepository units;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        em.createNativeQuery("update org_unit set email = concat(code, '@doithoai.invalid') where email is null and kind in "
                + "('DEPARTMENT', 'POLICE', 'PARTY_OFFICE', 'PARTY_BOARD', 'PEOPLES_COMMITTEE', 'FATHERLAND_FRONT', 'MASS_ORGANISATION')")
                .executeUpdate();
        Optional<Plan> seed = demoPlans.townPlan("61");
        if (seed.isEmpty()) {
            LOG.infof("Demo data %s: no plan 61-KH/ThU; only the units' addresses set", step);
            return;
        }
        int done = populate(seed.get().id(), LocalDate.now(clock));
        LOG.infof("Demo data %s: follow-up of %d ruling(s) of plan 61-KH/ThU", step, done);
    }

    /** The states, in the order of the plan's issued rulings to resolve; escalations are in progress at the higher body. */
    @Transactional(Transactional.TxType.MANDATORY)
    int populate(long planId, LocalDate today) {
        List<Object[]> followed = em.createQuery("select r.id, r.type from Ruling r where r.plan.id = :plan and r.status = :issued "
                + "and r.followUp = :open order by r.number", Object[].class).setParameter("plan", planId)
                .setParameter("issued", RulingStatus.ISSUED).setParameter("open", FollowUpStatus.OPEN).getResultList();
        if (followed.isEmpty()) {
            LOG.infof("Demo data followup-v1: plan %d has no open issued ruling to follow (rulings-v1 not run); skipped", planId);
            return 0;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        WorkingDays calendar = this.calendar.forBody(em.find(Plan.class, planId).bodyId());
        // Dates in the past count back from the last working day: loaded on a holiday, "seven working days late"
        // still reads seven, not six.
        LocalDate workday = calendar.lastWorkingDay(today);
        int resolve = 0;
        int done = 0;
        for (Object[] row : followed) {
            long id = (Long) row[0];
            if (row[1] == RulingType.ESCALATE) {
                    report(id, null, null, 30, "Văn phòng: UBND tỉnh đã giao Sở Giao thông vận tải khảo sát, dự kiến bố trí vốn năm sau.",
                            new RulingFollowUps.Progress(30, "UBND tỉnh đã giao Sở Giao thông vận tải khảo sát, dự kiến bố trí vốn năm sau."),
                            now);
                    done++;
                    continue;
                }
                switch (resolve++ % 5) {
                    case 0 -> { // In progress, 40 %, due in ten working days.
                        report(id, calendar.addWorkingDays(today, 10), null, 20, "Đã khảo sát hiện trạng, lập dự toán.",
                                new RulingFollowUps.Progress(20, "Đã khảo sát hiện trạng, lập dự toán."), now.minus(10, ChronoUnit.DAYS));
                        report(id, null, null, 40, "Đã trình UBND thị xã phê duyệt kinh phí; nhà thầu chuẩn bị thi công.",
                                new RulingFollowUps.Progress(40, "Đã trình UBND thị xã phê duyệt kinh phí; nhà thầu chuẩn bị thi công."), now);
                    }
                    case 1 -> { // Resolved, with what settled it.
                        report(id, calendar.addWorkingDays(workday, -8), null, 60, "Đã hoàn thành phần lớn khối lượng.",
                                new RulingFollowUps.Progress(60, "Đã hoàn thành phần lớn khối lượng."), now.minus(20, ChronoUnit.DAYS));
                        String note = "Đã hoàn thành, nghiệm thu và bàn giao cho địa phương quản lý; người dân đã được thông báo kết quả.";
                        report(id, null, null, 100, note, new RulingFollowUps.Resolve(note, calendar.addWorkingDays(workday, -10)), now);
                    }
                    case 2 -> { // Cannot be resolved, with the reason.
                        String reason = "Khu đất đang có tranh chấp được Tòa án nhân dân tỉnh thụ lý; chờ bản án có hiệu lực mới giải quyết được.";
                        report(id, calendar.addWorkingDays(today, 5), null, 10, "Đã làm việc với các hộ liên quan.",
                                new RulingFollowUps.Progress(10, "Đã làm việc với các hộ liên quan."), now.minus(15, ChronoUnit.DAYS));
                        report(id, null, reason, 10, reason, new RulingFollowUps.CannotResolve(reason), now);
                    }
                    case 3 -> // Overdue: due seven working days ago, still at 25 %.
                        report(id, calendar.addWorkingDays(workday, -7), null, 25, "Đang phối hợp với phường rà soát hồ sơ.",
                                new RulingFollowUps.Progress(25, "Đang phối hợp với phường rà soát hồ sơ."), now.minus(30, ChronoUnit.DAYS));
                    default -> // Open, due in two working days: tomorrow morning's reminder.
                        rulings.applyForDemo(id, calendar.addWorkingDays(today, 2), null, now);
                }
            done++;
        }
        return done;
    }

    /** The ruling moved by the change, and the report behind it in the timeline (by the lead unit, or the office). */
    private void report(long rulingId, LocalDate dueDate, String reason, int percent, String note, RulingFollowUps.Change change, Instant at) {
        RulingView after = rulings.applyForDemo(rulingId, dueDate, change, at);
        OrgUnit unit = after.leadUnit() == null ? null : units.findByCode(after.leadUnit().code()).orElse(null);
        em.persist(new RulingProgress(rulingId, unit, "demo", unit == null ? "Văn phòng Thị ủy" : unit.name(), reason == null ? note : reason,
                percent, after.followUp(), at));
    }
}
