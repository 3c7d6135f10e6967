package vn.doithoai.feedback;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.ratelimit.TrackingCodeLookups;
import vn.doithoai.privacy.consent.ConsentChannel;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;
import vn.doithoai.privacy.consent.dto.ConsentView;

/**
 * A sender's consents on their item: read and withdrawn by those who may see the sender (the office, the item's ward
 * officer, the logged-in sender), or by anyone holding the tracking code, which is what the sender keeps.
 */
@ApplicationScoped
public class FeedbackConsents {

    @Inject
    EntityManager em;

    @Inject
    FeedbackAccess access;

    @Inject
    FeedbackService feedback;

    @Inject
    Consents consents;

    @Inject
    TrackingCodeLookups lookups;

    public List<ConsentView> of(long id) {
        return consents.list(ConsentSubject.FEEDBACK_ITEM, senderOf(id).id);
    }

    @Transactional
    public List<ConsentView> withdraw(long id, ConsentPurpose purpose, ConsentChannel asked) {
        FeedbackItem item = senderOf(id);
        // The sender withdraws for themselves; the office and the ward officer act on the sender's request.
        var by = access.isOwnItem(item) ? Consents.Giver.SELF : Consents.Giver.STAFF;
        return consents.withdraw(ConsentSubject.FEEDBACK_ITEM, item.id, purpose, by, asked);
    }

    public List<ConsentView> ofTracked(String code, String client) {
        return consents.list(ConsentSubject.FEEDBACK_ITEM, tracked(code, client).id);
    }

    @Transactional
    public List<ConsentView> withdrawTracked(String code, ConsentPurpose purpose, String client) {
        return consents.withdraw(ConsentSubject.FEEDBACK_ITEM, tracked(code, client).id, purpose, Consents.Giver.SELF, null);
    }

    /** The item, when the caller may see its sender; otherwise as unknown. */
    private FeedbackItem senderOf(long id) {
        FeedbackItem item = feedback.require(id);
        if (!access.canSeeSubmitter(item) || access.partnerClientId() != null) {
            throw DomainException.notFound("feedback.not-found", id);
        }
        return item;
    }

    /** As tracking an item: a malformed code is answered like an unknown one, and lookups are counted per client. */
    private FeedbackItem tracked(String code, String client) {
        lookups.acquire(client);
        String parsed = TrackingCodes.parse(code);
        if (parsed == null) {
            throw DomainException.notFound("feedback.code-not-found");
        }
        return em.createQuery("from FeedbackItem f where f.trackingCode = :code", FeedbackItem.class).setParameter("code", parsed)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.notFound("feedback.code-not-found"));
    }
}
