package vn.doithoai.followup;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.StoredFile;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.ruling.RulingFollowUps;

/**
 * Photos and PDFs sent with a progress report, kept by the {@link FileStore} like a feedback item's (type judged from
 * the bytes, photos reduced and stripped of their metadata). Added by the report's author or the office; read by
 * whoever may see the ruling.
 */
@ApplicationScoped
public class FollowUpAttachments {

    static final int MAX_PER_REPORT = 5;
    static final String AUDIT_TYPE = "RulingProgress";

    @Inject
    EntityManager em;

    @Inject
    FollowUpAccess access;

    @Inject
    RulingFollowUps rulings;

    @Inject
    CurrentUser user;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public AttachmentView attach(long planId, long rulingId, long reportId, String fileName, byte[] content) {
        access.changeable(planId, rulingId);
        RulingProgress report = report(rulingId, reportId);
        if (!user.hasRole(Role.SECRETARIAT) && !user.username().equals(report.author)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "followup.not-your-report", reportId);
        }
        // Two uploads at once must not both find room for a sixth.
        em.lock(report, LockModeType.PESSIMISTIC_WRITE);
        long count = em.createQuery("select count(a) from RulingProgressAttachment a where a.report = :report", Long.class)
                .setParameter("report", report).getSingleResult();
        if (count >= MAX_PER_REPORT) {
            throw DomainException.conflict("followup.attachments-full", MAX_PER_REPORT);
        }
        StoredFile file = files.storePhotoOrPdf(fileName, content);
        var attachment = new RulingProgressAttachment(report, file, user.username(), Instant.now(clock));
        em.persist(attachment);
        em.flush();
        audit.record(AUDIT_TYPE, report.id.toString(), "attachment-added", AuditLog.changes()
                .field("attachments[" + attachment.id + "]", null, file.fileName() + " (" + file.contentType() + ", " + file.size() + " B)"));
        return FollowUpService.attachment(attachment);
    }

    /** The file, for those who may see the ruling; any other combination of ids does not exist. */
    public StoredFile file(long planId, long rulingId, long reportId, long attachmentId) {
        access.visible(planId, rulingId);
        RulingProgress report = report(rulingId, reportId);
        return em.createQuery("select a from RulingProgressAttachment a join fetch a.file where a.id = :id and a.report = :report",
                RulingProgressAttachment.class).setParameter("id", attachmentId).setParameter("report", report).getResultStream()
                .findFirst().map(a -> a.file).orElseThrow(() -> DomainException.notFound("followup.attachment-not-found", attachmentId));
    }

    private RulingProgress report(long rulingId, long reportId) {
        RulingProgress report = em.find(RulingProgress.class, reportId);
        if (report == null || report.rulingId != rulingId) {
            throw DomainException.notFound("followup.report-not-found", reportId);
        }
        return report;
    }
}
