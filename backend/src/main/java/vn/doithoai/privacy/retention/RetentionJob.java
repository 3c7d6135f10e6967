package vn.doithoai.privacy.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.privacy.subject.Erasure;
import vn.doithoai.privacy.subject.Subject;

/**
 * Every night, anonymises the personal data whose period is over (hết thời hạn lưu trữ): the contact on items, the
 * citizens' person records and the registrations of matters closed longer ago than the contact-data period, and the
 * attachments of those closed longer ago than the attachments' period. In batches, each its own transaction and its own
 * audit entry; what is done is never found again, so a run cut short, a second instance or a rerun does nothing twice.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final String AUDIT_TYPE = "Retention";
    /** Who the audit trail names for what the job does. */
    static final String ACTOR = "system:retention";

    @Inject
    EntityManager em;

    @Inject
    Erasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    RetentionPeriods periods;

    @Inject
    Clock clock;

    @ConfigProperty(name = "doithoai.retention.batch-size", defaultValue = "200")
    int batchSize;

    /** What one run anonymised. */
    public record Run(int items, int people, int registrations, int attachments) {
        public int total() {
            return items + people + registrations + attachments;
        }
    }

    @Scheduled(identity = "personal-data-retention", cron = "${doithoai.retention.cron:0 15 2 * * ?}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = run(Instant.now(clock));
        LOG.infof("Retention: %d items' contacts, %d people, %d registrations anonymised, %d attachments removed", run.items(), run.people(),
                run.registrations(), run.attachments());
    }

    /** Anonymises everything whose period is over at {@code now}. */
    public Run run(Instant now) {
        Instant contact = periods.closedBefore(DataKind.CONTACT_DATA, now);
        Instant files = periods.closedBefore(DataKind.ATTACHMENTS, now);
        int items = batches("items", now, ids -> erasure.erase(Subject.ofItems(ids), Erasure.Copies.OF_THESE_RECORDS, now).items(),
                "select fi.id from feedback_item fi join plan p on p.id = fi.plan_id where p.closed_at < :cutoff and fi.contact_erased_at is null "
                        + "and (fi.submitter_name is not null or fi.submitter_phone is not null or fi.submitter_email is not null "
                        + "or fi.account is not null) order by fi.id",
                contact);
        // A citizen's record goes once every dialogue they took part in is closed long enough; delegates and
        // organisations' representatives are named by their office, not kept as citizens.
        int people = batches("people", now, ids -> erasure.erase(Subject.ofPeople(ids), Erasure.Copies.OF_THESE_RECORDS, now).people(),
                "select pe.id from person pe where pe.erased_at is null and exists (select 1 from participation pa where pa.person_id = pe.id) "
                        + "and not exists (select 1 from participation pa join plan p on p.id = pa.plan_id where pa.person_id = pe.id "
                        + "and (pa.kind <> 'CITIZEN' or p.closed_at is null or p.closed_at >= :cutoff)) order by pe.id",
                contact);
        int registrations = batches("registrations", now,
                ids -> erasure.erase(Subject.ofRegistrations(ids), Erasure.Copies.OF_THESE_RECORDS, now).registrations(),
                "select r.id from pending_registration r join plan p on p.id = r.plan_id where p.closed_at < :cutoff and r.phone <> '' order by r.id",
                contact);
        int attachments = batches("attachments", now, erasure::removeAttachments,
                "select a.id from feedback_attachment a join feedback_item fi on fi.id = a.feedback_id join plan p on p.id = fi.plan_id "
                        + "where p.closed_at < :cutoff order by a.id",
                files);
        return new Run(items, people, registrations, attachments);
    }

    /** Takes the expired records a batch at a time until none is left; each batch commits with its audit entry. */
    private int batches(String what, Instant now, Function<Set<Long>, Integer> anonymise, String expired, Instant cutoff) {
        int total = 0;
        Set<Long> seen = new java.util.HashSet<>();
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Number> rows = em.createNativeQuery(expired + " limit " + batchSize).setParameter("cutoff", cutoff).getResultList();
                if (rows.isEmpty()) {
                    return 0;
                }
                Set<Long> ids = new LinkedHashSet<>();
                rows.forEach(n -> ids.add(n.longValue()));
                if (!seen.addAll(ids)) {
                    throw new IllegalStateException("Retention found " + what + " it had already anonymised: " + ids);
                }
                int n = anonymise.apply(ids);
                audit.recordBy(ACTOR, AUDIT_TYPE, what, "anonymised", AuditLog.changes().field("records", null, ids.size())
                        .field("closedBefore", null, cutoff.toString()).field("at", null, now.toString()));
                return Math.max(n, ids.size());
            });
            if (done == 0) {
                return total;
            }
            total += done;
        }
    }
}
