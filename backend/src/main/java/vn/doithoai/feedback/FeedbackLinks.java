package vn.doithoai.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.feedback.dto.RaisedBeforeRequest;
import vn.doithoai.plan.Plan;

/**
 * Matters raised before (đã kiến nghị nhiều lần): the office links an item to items of earlier dialogues. While an item
 * has a link and is still open it is flagged and sorted first in every list.
 */
@ApplicationScoped
public class FeedbackLinks {

    @Inject
    EntityManager em;

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public FeedbackView link(long id, long expectedVersion, RaisedBeforeRequest request) {
        FeedbackItem item = feedback.requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        FeedbackItem earlier = em.find(FeedbackItem.class, request.earlierItemId());
        if (earlier == null) {
            throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.earlier-not-found", request.earlierItemId());
        }
        if (!before(earlier.plan, item.plan)) {
            throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.earlier-not-before", earlier.trackingCode);
        }
        boolean linked = !em.createQuery("select l.id from FeedbackLink l where l.item = :item and l.earlierItem = :earlier", Long.class)
                .setParameter("item", item).setParameter("earlier", earlier).getResultList().isEmpty();
        if (linked) {
            throw DomainException.conflict("feedback.already-linked", item.trackingCode, earlier.trackingCode);
        }
        Instant now = now();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        FeedbackLink link = add(item, earlier, note, access.username(), now);
        em.flush();
        audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "raised-before-linked",
                AuditLog.changes().field("earlierItemId", null, earlier.id).field("linkId", null, link.id).field("note", null, note));
        return feedback.view(item);
    }

    @Transactional
    public FeedbackView unlink(long id, long linkId, long expectedVersion) {
        FeedbackItem item = feedback.requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        FeedbackLink link = em.find(FeedbackLink.class, linkId);
        if (link == null || link.item != item) {
            throw DomainException.notFound("feedback.link-not-found", linkId);
        }
        Long earlierId = link.earlierItem == null ? null : link.earlierItem.id;
        em.remove(link);
        item.linkedBefore(-1, now());
        em.flush();
        audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "raised-before-unlinked",
                AuditLog.changes().field("earlierItemId", earlierId, null).field("linkId", linkId, null));
        return feedback.view(item);
    }

    /** The link and the item's count of them together; the caller has checked that the earlier item is earlier. */
    FeedbackLink add(FeedbackItem item, FeedbackItem earlier, String note, String by, Instant now) {
        var link = new FeedbackLink(item, earlier, note, by, now);
        em.persist(link);
        item.linkedBefore(1, now);
        return link;
    }

    /**
     * Carry-over: a new item of {@code plan} raised before as an earlier plan's ruling, flagged and sorted first like
     * any item raised before (while it is open). It takes the kind and ward of the first item the ruling was on, and
     * the focus area of the same title in this plan if there is one; its content is the ruling's words, then that
     * item's. Built here because an item is only made in this package; the caller (rulings) has checked the ruling,
     * the plan, and that it was not carried into this plan already.
     */
    public FeedbackItem carryOver(Plan plan, long rulingId, FeedbackItem first, String title, String rulingText, String note, String by,
            Instant now) {
        var item = new FeedbackItem(plan, feedback.newTrackingCode(now), first.kind, FeedbackChannel.CARRIED_OVER, by, now);
        item.title = title;
        item.content = rulingText + "\n\n" + first.content;
        item.ward = first.ward;
        item.focusArea = first.focusArea == null ? null : sameFocusArea(plan, first.focusArea.title());
        item.linkedBefore(1, now);
        em.persist(item);
        var link = FeedbackLink.toRuling(item, rulingId, note, by, now);
        em.persist(link);
        em.flush();
        audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "carried-over", AuditLog.between(java.util.Map.of(),
                FeedbackService.snapshot(item)).field("earlierRulingId", null, rulingId).field("linkId", null, link.id));
        return item;
    }

    private vn.doithoai.plan.FocusArea sameFocusArea(Plan plan, String title) {
        String wanted = SearchText.normalise(title);
        return em.createQuery("select a from FocusArea a where a.plan = :plan order by a.position", vn.doithoai.plan.FocusArea.class)
                .setParameter("plan", plan).getResultStream().filter(a -> SearchText.normalise(a.title()).equals(wanted)).findFirst()
                .orElse(null);
    }

    /** Whether the ruling was already carried into this plan. */
    public boolean carriedInto(Plan plan, long rulingId) {
        return !em.createQuery("select l.id from FeedbackLink l where l.earlierRulingId = :ruling and l.item.plan = :plan", Long.class)
                .setParameter("ruling", rulingId).setParameter("plan", plan).getResultList().isEmpty();
    }

    /** The item's links, oldest first, as its view shows them. */
    List<FeedbackView.RaisedBefore> of(FeedbackItem item) {
        if (item.raisedBeforeCount == 0) {
            return List.of();
        }
        return em.createQuery("select l from FeedbackLink l left join fetch l.earlierItem e left join fetch e.plan "
                + "where l.item = :item order by l.id", FeedbackLink.class).setParameter("item", item).getResultList().stream()
                .map(l -> l.earlierRulingId != null ? carried(l)
                        : new FeedbackView.RaisedBefore(l.id, l.earlierItem == null ? null : earlier(l.earlierItem), l.note, null)).toList();
    }

    /** A ruling carried over: shown by the first item it was on, which names the earlier plan, and the ruling itself. */
    private FeedbackView.RaisedBefore carried(FeedbackLink l) {
        // Plain SQL: the ruling package depends on feedback, not the other way round.
        List<?> rows = em.createNativeQuery("select r.plan_id, r.number, rf.feedback_id from ruling r "
                + "left join ruling_feedback rf on rf.ruling_id = r.id and rf.position = 0 where r.id = ?1").setParameter(1, l.earlierRulingId)
                .getResultList();
        if (rows.isEmpty()) {
            return new FeedbackView.RaisedBefore(l.id, null, l.note, null);
        }
        Object[] row = (Object[]) rows.get(0);
        FeedbackItem first = row[2] == null ? null : em.find(FeedbackItem.class, ((Number) row[2]).longValue());
        return new FeedbackView.RaisedBefore(l.id, first == null ? null : earlier(first), l.note,
                new FeedbackView.EarlierRuling(l.earlierRulingId, ((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    }

    private static FeedbackView.EarlierItem earlier(FeedbackItem e) {
        Plan plan = e.plan;
        String number = plan.number() == null ? null : plan.symbol() == null ? plan.number() : plan.number() + "-" + plan.symbol();
        return new FeedbackView.EarlierItem(e.id, e.trackingCode, plan.id(), plan.title(), number, FeedbackViews.local(plan.sessionAt()),
                e.title, e.status);
    }

    /** An earlier dialogue: its session came before this one's; a plan not yet scheduled comes after every held one. */
    static boolean before(Plan earlier, Plan plan) {
        return earlier.sessionAt() != null && (plan.sessionAt() == null || earlier.sessionAt().isBefore(plan.sessionAt()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
