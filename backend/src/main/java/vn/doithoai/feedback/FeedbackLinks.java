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
        FeedbackItem item = feedback.require(id);
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
        FeedbackItem item = feedback.require(id);
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

    /** The item's links, oldest first, as its view shows them. */
    List<FeedbackView.RaisedBefore> of(FeedbackItem item) {
        if (item.raisedBeforeCount == 0) {
            return List.of();
        }
        return em.createQuery("select l from FeedbackLink l left join fetch l.earlierItem e left join fetch e.plan "
                + "where l.item = :item order by l.id", FeedbackLink.class).setParameter("item", item).getResultList().stream()
                .map(l -> new FeedbackView.RaisedBefore(l.id, l.earlierItem == null ? null : earlier(l.earlierItem), l.note)).toList();
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
