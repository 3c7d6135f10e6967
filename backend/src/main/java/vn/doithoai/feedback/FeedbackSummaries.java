package vn.doithoai.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.feedback.dto.FeedbackSummary;
import vn.doithoai.feedback.dto.FeedbackSummary.Counts;
import vn.doithoai.feedback.dto.FeedbackSummary.Group;
import vn.doithoai.feedback.dto.FeedbackSummary.Item;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.DeadlineDirection;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.DeadlineUnit;
import vn.doithoai.plan.FocusArea;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PreparationTask;

/**
 * The consolidated summary of a plan's feedback by focus area (bản tổng hợp ý kiến, kiến nghị), for the office and
 * the chair: as data for the page, and as the official paper ({@link FeedbackSummaryPaper}). Three queries whatever
 * the number of items: the items with their places and units, their coordinating units, and the counts.
 */
@ApplicationScoped
public class FeedbackSummaries {

    /** Without a task of its own in the plan, the summary is due 7 calendar days before the session (Kế hoạch 61-KH/ThU). */
    static final DeadlineRule DEFAULT_DEADLINE = new DeadlineRule(7, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.BEFORE);

    /**
     * The items a summary lists: not rejected, and duplicates folded into their primary, which carries the group's
     * senders and wards; the counts stay over every item.
     */
    private static final String LISTED = "f.plan = :plan and f.status <> vn.doithoai.feedback.FeedbackStatus.REJECTED "
            + "and f.mergedInto is null";

    @Inject
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    PlanAccess plans;

    public FeedbackSummary summary(long planId) {
        Plan plan = plans.readable(planId);
        List<FocusArea> areas = em.createQuery("select a from FocusArea a where a.plan = :plan order by a.position", FocusArea.class)
                .setParameter("plan", plan).getResultList();
        List<FeedbackItem> items = em.createQuery("select f from FeedbackItem f left join fetch f.ward left join fetch f.unit "
                + "left join fetch f.focusArea where " + LISTED + " order by f.createdAt, f.id", FeedbackItem.class)
                .setParameter("plan", plan).getResultList();
        Map<Long, List<OrgUnitRef>> coordinating = new HashMap<>();
        em.createQuery("select f.id, u from FeedbackItem f join f.coordinatingUnits u where " + LISTED + " order by u.sortOrder, u.code",
                Object[].class).setParameter("plan", plan).getResultList()
                .forEach(row -> coordinating.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(OrgUnitRef.of((OrgUnit) row[1])));

        Map<Long, CountsBuilder> counts = new HashMap<>();
        CountsBuilder totals = new CountsBuilder();
        em.createQuery("select a.id, f.status, f.kind, count(f) from FeedbackItem f left join f.focusArea a where f.plan = :plan "
                + "group by a.id, f.status, f.kind", Object[].class).setParameter("plan", plan).getResultList().forEach(row -> {
                    counts.computeIfAbsent((Long) row[0], id -> new CountsBuilder()).add((FeedbackStatus) row[1], (FeedbackKind) row[2], (Long) row[3]);
                    totals.add((FeedbackStatus) row[1], (FeedbackKind) row[2], (Long) row[3]);
                });

        Map<Long, List<Item>> byArea = new LinkedHashMap<>();
        for (FeedbackItem f : items) {
            byArea.computeIfAbsent(f.focusArea == null ? null : f.focusArea.id(), id -> new ArrayList<>())
                    .add(item(f, coordinating.getOrDefault(f.id, List.of())));
        }
        List<Group> groups = new ArrayList<>();
        for (FocusArea area : areas) {
            groups.add(new Group(area.id(), area.title(), counts.getOrDefault(area.id(), new CountsBuilder()).build(),
                    byArea.getOrDefault(area.id(), List.of())));
        }
        groups.add(new Group(null, null, counts.getOrDefault(null, new CountsBuilder()).build(), byArea.getOrDefault(null, List.of())));
        return new FeedbackSummary(plan.id(), plan.title(), plan.topic(), plan.sessionDate(), deadline(plan),
                Instant.now(clock).atZone(Clocks.VIETNAM).toOffsetDateTime(), totals.build(), groups);
    }

    /**
     * The plan's own deadline for this deliverable: its preparation task to classify the feedback (the seed plan's
     * "Tổng hợp, phân loại … ý kiến, kiến nghị" 7 days before), else the default rule; null without a session date.
     */
    LocalDate deadline(Plan plan) {
        LocalDate session = plan.sessionDate();
        if (session == null) {
            return null;
        }
        List<PreparationTask> tasks = em.createQuery("select t from PreparationTask t where t.plan = :plan order by t.position",
                PreparationTask.class).setParameter("plan", plan).getResultList();
        return tasks.stream()
                .filter(t -> t.rule() != null && t.dueDate() != null && t.rule().direction() == DeadlineDirection.BEFORE
                        && SearchText.normalise(t.description()).contains("phan loai"))
                .map(PreparationTask::dueDate).findFirst()
                .orElseGet(() -> DEFAULT_DEADLINE.dueDate(session, calendar.forBody(plan.bodyId())));
    }

    /** The summary as a Word document, laid out as an official paper. */
    public byte[] docx(long planId) {
        FeedbackSummary summary = summary(planId);
        return DocxWriter.write(Layout.Page.DECREE_30, FeedbackSummaryPaper.blocks(summary, context(summary.planId())), title(summary));
    }

    /** The same paper as a PDF. */
    public byte[] pdf(long planId) {
        FeedbackSummary summary = summary(planId);
        return LayoutPdf.write(Layout.Page.DECREE_30, FeedbackSummaryPaper.blocks(summary, context(summary.planId())), title(summary));
    }

    private static String title(FeedbackSummary summary) {
        return "Bản tổng hợp ý kiến, kiến nghị — " + summary.planTitle();
    }

    /** Issued by the office of the plan's issuing committee when it has one ("THỊ ỦY BA ĐỒN / VĂN PHÒNG"), else by the issuer. */
    private FeedbackSummaryPaper.Context context(long planId) {
        Plan plan = plans.readable(planId);
        OrgUnit issuing = plan.issuingUnit();
        OrgUnit office = issuing == null ? null : em.createQuery("select u from OrgUnit u where u.parent = :unit and u.kind = :kind "
                + "order by u.sortOrder, u.code", OrgUnit.class).setParameter("unit", issuing).setParameter("kind", OrgUnitKind.PARTY_OFFICE)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        OfficialPaper.Issuer issuer = OfficialPaper.Issuer.of(office != null ? office : issuing, plan.issuingBodyName());
        String body = issuing != null ? issuing.name() : plan.issuingBodyName();
        String basis = (plan.number() == null ? "Thực hiện kế hoạch" : "Thực hiện Kế hoạch số " + plan.number()
                + (plan.symbol() == null ? "" : "-" + plan.symbol())) + (body == null ? "" : " của " + body) + " về việc "
                + lowerFirst(plan.title());
        String authority = issuer.party() ? "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG" : "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG";
        List<String> recipients = List.of("Thường trực " + (body == null ? "cấp ủy" : body) + " (b/c);",
                "Các đơn vị được giao trả lời;", "Lưu Văn phòng.");
        Map<FeedbackKind, String> kinds = new EnumMap<>(FeedbackKind.class);
        for (FeedbackKind kind : FeedbackKind.values()) {
            kinds.put(kind, messages.get(Messages.VIETNAMESE, "enum.FeedbackKind." + kind));
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        return new FeedbackSummaryPaper.Context(issuer, OfficialPaper.placeAndDate(issuing, today), basis, authority, recipients, kinds);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Item item(FeedbackItem f, List<OrgUnitRef> coordinating) {
        return new Item(f.id, f.trackingCode, f.kind, f.title, f.content, f.ward == null ? null : OrgUnitRef.of(f.ward),
                f.unit == null ? null : OrgUnitRef.of(f.unit), coordinating, f.priority, f.status, f.answerIsPublic() ? f.answerText : null,
                FeedbackViews.merged(f.mergedCount, f.mergedSubmitters, f.mergedWards), f.raisedBeforeUnresolved());
    }

    private static final class CountsBuilder {
        private long total;
        private final Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
        private final Map<FeedbackKind, Long> byKind = new EnumMap<>(FeedbackKind.class);

        void add(FeedbackStatus status, FeedbackKind kind, long n) {
            total += n;
            byStatus.merge(status, n, Long::sum);
            byKind.merge(kind, n, Long::sum);
        }

        Counts build() {
            return new Counts(total, byStatus, byKind);
        }
    }
}
