package vn.doithoai.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.ratelimit.TrackingCodeLookups;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.Previews;
import vn.doithoai.document.StoredFile;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.privacy.readlog.PersonalDataRead;
import vn.doithoai.privacy.readlog.ReadLog;

/**
 * Photos and PDFs sent with a feedback item, kept by the {@link FileStore} (type judged from the content, photos
 * reduced). Added by the sender, the item's ward officer or the office; read by whoever may see the item.
 */
@ApplicationScoped
public class FeedbackAttachments {

    static final int MAX_PER_ITEM = 5;
    /** An anonymous sender has no account to come back with: right after sending, the tracking code stands in for one. */
    static final Duration ANONYMOUS_WINDOW = Duration.ofMinutes(30);

    @Inject
    EntityManager em;

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackAccess access;

    @Inject
    ReadLog readLog;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Previews previews;

    @Inject
    Clock clock;

    @Inject
    TrackingCodeLookups lookups;

    /** Attaches a file for whoever may; an anonymous sender by the item's tracking code, counted per client like every lookup by code. */
    @Transactional
    public AttachmentView attach(long id, String trackingCode, String fileName, byte[] content, String client) {
        if (!access.attachesFiles()) {
            throw new ForbiddenException();
        }
        if (access.isAnonymous()) {
            // Every try is a lookup by code, right or wrong: ids are sequential, so without the count a script could
            // pair each recent item with code after code.
            lookups.acquire(client);
        }
        FeedbackItem item = em.find(FeedbackItem.class, id);
        if (item == null || access.isAnonymous() && !sentAnonymouslyJustNow(item, trackingCode)) {
            throw DomainException.notFound("feedback.not-found", id);
        }
        if (!access.isAnonymous()) {
            access.requireChangeable(item);
            if (!access.canAttach(item)) {
                throw new ForbiddenException();
            }
        }
        // Two uploads at once must not both find room for a fifth.
        em.lock(item, LockModeType.PESSIMISTIC_WRITE);
        long count = em.createQuery("select count(a) from FeedbackAttachment a where a.item = :item", Long.class)
                .setParameter("item", item).getSingleResult();
        if (count >= MAX_PER_ITEM) {
            throw DomainException.conflict("feedback.attachments-full", MAX_PER_ITEM);
        }
        StoredFile file = files.storePhotoOrPdf(fileName, content);
        var attachment = new FeedbackAttachment(item, file, access.username(), Instant.now(clock));
        em.persist(attachment);
        em.flush();
        audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "attachment-added", AuditLog.changes()
                .field("attachments[" + attachment.id + "]", null, file.fileName() + " (" + file.contentType() + ", " + file.size() + " B)"));
        return FeedbackViews.attachment(attachment);
    }

    /** The file of one attachment, for those who may see its item; any other pair of ids does not exist. */
    public StoredFile file(long id, long attachmentId) {
        FeedbackItem item = feedback.require(id);
        return em.createQuery("select a from FeedbackAttachment a join fetch a.file where a.id = :id and a.item = :item",
                FeedbackAttachment.class).setParameter("id", attachmentId).setParameter("item", item).getResultStream().findFirst()
                .map(a -> a.file).orElseThrow(() -> DomainException.notFound("feedback.attachment-not-found", attachmentId));
    }

    /** The file of one attachment, downloaded: a read of what the sender sent (photos of faces, papers). */
    public StoredFile download(long id, long attachmentId) {
        StoredFile file = file(id, attachmentId);
        readLog.readForPlan(PersonalDataRead.ATTACHMENT_DOWNLOAD, feedback.require(id).plan.id());
        return file;
    }

    /** The thumbnail of one attachment, photo or PDF, for those who may see its item (as the file itself). */
    public Previews.Preview thumbnail(long id, long attachmentId) {
        return previews.thumbnail(file(id, attachmentId));
    }

    /** One page of a PDF attachment as an image, for those who may see its item (as the file itself). */
    public Previews.Preview page(long id, long attachmentId, int page) {
        var preview = previews.page(file(id, attachmentId), page);
        readLog.readForPlan(PersonalDataRead.ATTACHMENT_DOWNLOAD, feedback.require(id).plan.id());
        return preview;
    }

    /** Oldest first, as they were sent. */
    List<FeedbackAttachment> of(FeedbackItem item) {
        return em.createQuery("select a from FeedbackAttachment a join fetch a.file where a.item = :item order by a.id",
                FeedbackAttachment.class).setParameter("item", item).getResultList();
    }

    /** Sent without an account, the code presented is the item's, and the window has not closed. */
    private boolean sentAnonymouslyJustNow(FeedbackItem item, String trackingCode) {
        String code = TrackingCodes.parse(trackingCode);
        return code != null && item.account == null
                && MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII), item.trackingCode.getBytes(StandardCharsets.US_ASCII))
                && Instant.now(clock).isBefore(item.createdAt.plus(ANONYMOUS_WINDOW));
    }
}
