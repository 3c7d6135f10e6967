package vn.doithoai.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.feedback.dto.MergeRequest;
import vn.doithoai.privacy.contact.ContactChannel;
import vn.doithoai.privacy.contact.ContactVerifications;

/**
 * Duplicates (ý kiến trùng): the office merges items of one plan into a primary item that speaks for them all, and
 * takes them out again. Every merged item keeps all that is its own (sender, ward, code, attachments, status) and
 * only points at its primary, so unmerging restores it exactly; groups are flat (one primary, its members).
 */
@ApplicationScoped
public class FeedbackMerges {

    @Inject
    FeedbackPartnerEvents partnerEvents;

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

    @Inject
    ContactVerifications contacts;

    /** The listed items (and the members of any that is itself a primary) join the group of item {@code id}. */
    @Transactional
    public FeedbackView merge(long id, long expectedVersion, MergeRequest request) {
        FeedbackItem primary = feedback.requireChangeable(id);
        Versions.check(expectedVersion, primary.version);
        if (primary.mergedInto != null) {
            throw DomainException.conflict("feedback.merge-primary-merged", primary.trackingCode, primary.mergedInto.trackingCode);
        }
        primary.requireMergeable();
        Instant now = now();
        Set<FeedbackItem> joining = new LinkedHashSet<>();
        for (FeedbackItem item : listed(primary, request)) {
            if (item.mergedInto != null) {
                throw DomainException.conflict(item.mergedInto == primary ? "feedback.merge-already-in-group" : "feedback.merge-already-merged",
                        item.trackingCode, item.mergedInto.trackingCode);
            }
            item.requireMergeable();
            joining.add(item);
            // Flat groups: a primary brings its members along and stops being one.
            joining.addAll(members(item));
            item.group(0, 0, 0, now);
        }
        for (FeedbackItem item : joining) {
            item.mergeInto(primary, now);
        }
        recount(primary, now);
        List<Long> ids = joining.stream().map(f -> f.id).toList();
        audit.record(FeedbackService.AUDIT_TYPE, primary.id.toString(), "merged", AuditLog.changes().field("merged", null, ids)
                .field("count", null, primary.mergedCount));
        for (FeedbackItem item : joining) {
            audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "merged-into", AuditLog.changes().field("mergedInto", null, primary.id));
            partnerEvents.changed(item, "merged-into");
        }
        return feedback.view(primary);
    }

    /** The listed members leave the group and stand alone again, exactly as they were. */
    @Transactional
    public FeedbackView unmerge(long id, long expectedVersion, MergeRequest request) {
        FeedbackItem primary = feedback.requireChangeable(id);
        Versions.check(expectedVersion, primary.version);
        Instant now = now();
        List<FeedbackItem> leaving = new ArrayList<>();
        for (Long memberId : new LinkedHashSet<>(request.items())) {
            FeedbackItem item = em.find(FeedbackItem.class, memberId);
            if (item == null || item.mergedInto != primary) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.unmerge-not-member", memberId, primary.trackingCode);
            }
            leaving.add(item);
        }
        for (FeedbackItem item : leaving) {
            item.mergeInto(null, now);
        }
        recount(primary, now);
        List<Long> ids = leaving.stream().map(f -> f.id).toList();
        audit.record(FeedbackService.AUDIT_TYPE, primary.id.toString(), "unmerged", AuditLog.changes().field("unmerged", null, ids)
                .field("count", null, primary.mergedCount));
        for (FeedbackItem item : leaving) {
            audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "unmerged-from", AuditLog.changes().field("mergedInto", primary.id, null));
            partnerEvents.changed(item, "unmerged-from");
        }
        return feedback.view(primary);
    }

    /** The group of a primary as the item's own view shows it: each item with its sender where the caller may see them. */
    FeedbackView.Merged group(FeedbackItem primary) {
        if (primary.mergedCount == 0) {
            return null;
        }
        List<FeedbackItem> items = new ArrayList<>(members(primary));
        items.add(primary);
        items.sort(Comparator.comparing((FeedbackItem f) -> f.createdAt).thenComparing(f -> f.id));
        return new FeedbackView.Merged(primary.mergedCount, primary.mergedSubmitters, primary.mergedWards,
                items.stream().map(f -> new FeedbackView.Member(f.id, f.trackingCode, FeedbackViews.ref(f.ward),
                        access.canSeeSubmitter(f) ? f.submitterName : null)).toList());
    }

    private List<FeedbackItem> listed(FeedbackItem primary, MergeRequest request) {
        List<FeedbackItem> items = new ArrayList<>();
        for (Long itemId : new LinkedHashSet<>(request.items())) {
            FeedbackItem item = em.find(FeedbackItem.class, itemId);
            if (item == null) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.merge-item-not-found", itemId);
            }
            if (item == primary) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.merge-itself", primary.trackingCode);
            }
            if (!item.plan.id().equals(primary.plan.id())) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "feedback.merge-other-plan", item.trackingCode);
            }
            items.add(item);
        }
        return items;
    }

    private List<FeedbackItem> members(FeedbackItem primary) {
        return em.createQuery("select f from FeedbackItem f left join fetch f.ward where f.mergedInto = :primary", FeedbackItem.class)
                .setParameter("primary", primary).getResultList();
    }

    /** The counts the primary carries for list rows, from its members as they now are in the database. */
    private void recount(FeedbackItem primary, Instant now) {
        em.flush();
        regroup(primary, members(primary), now, f -> contacts.isConfirmedForItem(ContactChannel.SMS, f.submitterPhone, f.id, f.account));
    }

    /** Items (the primary included), distinct senders, distinct wards; all 0 once the primary stands alone. */
    static void regroup(FeedbackItem primary, List<FeedbackItem> members, Instant now, Predicate<FeedbackItem> confirmedPhone) {
        if (members.isEmpty()) {
            primary.group(0, 0, 0, now);
            return;
        }
        List<FeedbackItem> group = new ArrayList<>(members);
        group.add(primary);
        long submitters = group.stream().map(f -> submitter(f, confirmedPhone)).distinct().count();
        long wards = group.stream().map(f -> f.ward == null ? null : f.ward.id()).filter(Objects::nonNull).distinct().count();
        primary.group(group.size(), (int) submitters, (int) wards, now);
    }

    /**
     * Who sent it, as far as the item tells: a participant, an account, a phone confirmed for this very item, a name;
     * otherwise a sender of their own. A phone not confirmed for the item tells nothing, even when its owner confirmed it
     * for another: two strangers may type the same number, and only the one whose item got the code back holds it.
     */
    static String submitter(FeedbackItem f, Predicate<FeedbackItem> confirmedPhone) {
        if (f.participation != null) {
            return "participant:" + f.participation.id();
        }
        if (f.account != null) {
            return "account:" + f.account;
        }
        if (f.submitterPhone != null && confirmedPhone.test(f)) {
            return "phone:" + f.submitterPhone;
        }
        if (f.submitterName != null && !f.submitterName.isBlank()) {
            return "name:" + SearchText.normalise(f.submitterName);
        }
        return "item:" + f.id;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
