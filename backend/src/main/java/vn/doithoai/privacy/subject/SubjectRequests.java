package vn.doithoai.privacy.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.participant.PhoneNumbers;
import vn.doithoai.privacy.readlog.PersonalDataRead;
import vn.doithoai.privacy.readlog.ReadLog;
import vn.doithoai.privacy.subject.dto.CorrectionInput;
import vn.doithoai.privacy.subject.dto.HeldData;
import vn.doithoai.privacy.subject.dto.SubjectRequestDetail;
import vn.doithoai.privacy.subject.dto.SubjectRequestInput;
import vn.doithoai.privacy.subject.dto.SubjectRequestView;

/**
 * A person's rights over their data, served by their body's office (on the records of the bodies it keeps) or, for a
 * logged-in citizen, by themselves (on what their login sent or registered): see it, take a copy, have it corrected,
 * have it erased. Each request is recorded with the day it is due and how it ended; a citizen's own is answered at once.
 */
@ApplicationScoped
public class SubjectRequests {

    static final String AUDIT_TYPE = "SubjectRequest";
    /** The newest requests a list shows; older ones stay on record. */

    @Inject
    EntityManager em;

    @Inject
    Subjects subjects;

    @Inject
    Erasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    BodyScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ReadLog readLog;

    @Inject
    WorkingDayCalendar calendar;

    /**
     * Working days to answer a request. Nghị định 356/2025/NĐ-CP: acknowledged within 2 working days of receipt (recording
     * it here does that), completed within the decree's periods (15 days for withdrawal, restriction or objection); the
     * default 10 is about two weeks (docs/privacy.md).
     */
    @ConfigProperty(name = "doithoai.privacy.answer-within-working-days", defaultValue = "10")
    int answerWithin;

    /** Everything the caller's bodies hold about the person the query names. */
    public HeldData held(SubjectQuery q) {
        requireSomeone(q);
        readLog.read(PersonalDataRead.PEOPLE_SEARCH);
        return subjects.read(subjects.find(q, readable()));
    }

    @Transactional
    public SubjectRequestView receive(SubjectRequestInput in) {
        long body = scope.requireOwn();
        SubjectQuery q = SubjectQuery.of(in.phone(), in.email(), in.account(), in.personId());
        requireSomeone(q);
        LocalDate today = LocalDate.now(clock);
        LocalDate received = in.receivedOn() == null ? today : in.receivedOn();
        if (received.isAfter(today)) {
            throw InvalidInputException.of("receivedOn", "privacy.received-in-future");
        }
        var request = new SubjectRequest(body, in.kind(), RequestChannel.OFFICE, q, received,
                calendar.forBody(body).addWorkingDays(received, answerWithin), in.note(), user.username(), Instant.now(clock));
        em.persist(request);
        em.flush();
        audit.record(AUDIT_TYPE, request.id.toString(), "received", AuditLog.changes().field("kind", null, request.kind)
                .field("dueOn", null, request.dueOn.toString()));
        return view(request);
    }

    public Page<SubjectRequestView> list(PageRequest page) {
        Set<Long> bodies = readable();
        if (bodies.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        long total = em.createQuery("select count(r) from SubjectRequest r where r.bodyId in :bodies", Long.class)
                .setParameter("bodies", bodies).getSingleResult();
        List<SubjectRequestView> items = em.createQuery("from SubjectRequest where bodyId in :bodies order by createdAt desc, id desc",
                SubjectRequest.class).setParameter("bodies", bodies).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(this::view).toList();
        // Each request names the person it is about, by their contact while they are known.
        readLog.read(PersonalDataRead.CONTACT_FIELDS);
        return Page.of(items, page, total);
    }

    public SubjectRequestDetail get(long id) {
        SubjectRequest r = load(id);
        readLog.contactShownForBody(r.bodyId);
        return new SubjectRequestDetail(view(r), heldFor(r));
    }

    /** The copy handed to the person: what {@link #get} shows, as a file. */
    public HeldData copy(long id) {
        readLog.read(PersonalDataRead.EXPORT);
        return heldFor(load(id));
    }

    public byte[] copyPdf(long id) {
        return HeldDataPaper.render(copy(id), "Đối Thoại", Instant.now(clock));
    }

    @Transactional
    public SubjectRequestView correct(long id, long expected, CorrectionInput in) {
        SubjectRequest r = loadForUpdate(id, expected);
        r.requireKind(RequestKind.CORRECTION);
        Subject s = subjects.find(r.subject(), Set.of(r.bodyId));
        String phone = in.phone() == null || in.phone().isBlank() ? null
                : PhoneNumbers.normalise(in.phone()).orElseThrow(() -> InvalidInputException.of("phone", "person.phone-invalid", in.phone()));
        if (in.fullName() == null && phone == null && in.email() == null && in.address() == null) {
            throw InvalidInputException.of("fullName", "privacy.correction-empty");
        }
        int changed = correct(s, in.fullName(), phone, in.email(), in.address());
        Instant now = Instant.now(clock);
        r.close(RequestStatus.DONE, in.note(), user.username(), now);
        // The request follows the person: a corrected phone or e-mail still finds them.
        if (phone != null && r.subjectPhone != null) {
            r.subjectPhone = phone;
        }
        if (in.email() != null && r.subjectEmail != null) {
            r.subjectEmail = in.email().strip();
        }
        audit.record(AUDIT_TYPE, r.id.toString(), "corrected", AuditLog.changes().field("status", RequestStatus.OPEN, r.status)
                .field("records", null, changed));
        em.flush();
        return view(r);
    }

    @Transactional
    public SubjectRequestView erase(long id, long expected) {
        SubjectRequest r = loadForUpdate(id, expected);
        r.requireKind(RequestKind.ERASURE);
        Instant now = Instant.now(clock);
        var erased = erasure.erase(subjects.find(r.subject(), Set.of(r.bodyId)), Erasure.Copies.EVERYWHERE, now);
        em.flush();
        em.refresh(r);
        r.close(RequestStatus.DONE, null, user.username(), now);
        audit.record(AUDIT_TYPE, r.id.toString(), "erased", AuditLog.changes().field("status", RequestStatus.OPEN, r.status)
                .field("people", null, erased.people()).field("items", null, erased.items())
                .field("registrations", null, erased.registrations()));
        em.flush();
        return view(r);
    }

    @Transactional
    public SubjectRequestView refuse(long id, long expected, String reason) {
        SubjectRequest r = loadForUpdate(id, expected);
        r.close(RequestStatus.REFUSED, reason, user.username(), Instant.now(clock));
        audit.record(AUDIT_TYPE, r.id.toString(), "refused", AuditLog.changes().field("status", RequestStatus.OPEN, r.status));
        em.flush();
        return view(r);
    }

    /** What the citizen's own login sent or registered, in every body. */
    public HeldData mine() {
        // Their own data, but read all the same: the log answers "who saw it", and here it was they.
        readLog.read(PersonalDataRead.CONTACT_FIELDS);
        return subjects.read(subjects.find(SubjectQuery.ofAccount(user.username()), null));
    }

    public byte[] minePdf() {
        readLog.read(PersonalDataRead.EXPORT);
        return HeldDataPaper.render(mine(), "Đối Thoại", Instant.now(clock));
    }

    /** A citizen erases themselves: recorded as a request of their own, done at once, naming no one. */
    @Transactional
    public SubjectRequestView eraseMine() {
        String me = user.username();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        var erased = erasure.erase(subjects.find(SubjectQuery.ofAccount(me), null), Erasure.Copies.EVERYWHERE, now);
        var request = new SubjectRequest(null, RequestKind.ERASURE, RequestChannel.SELF, new SubjectQuery(null, null, null, null), today,
                calendar.national().addWorkingDays(today, answerWithin), null, Erasure.ERASED_ACCOUNT, now);
        request.subjectLabel = Erasure.ERASED_NAME;
        request.close(RequestStatus.DONE, null, Erasure.ERASED_ACCOUNT, now);
        em.persist(request);
        em.flush();
        audit.record(AUDIT_TYPE, request.id.toString(), "erased", AuditLog.changes().field("people", null, erased.people())
                .field("items", null, erased.items()).field("registrations", null, erased.registrations()));
        em.flush();
        // The entry just written names the login as its actor: it is no one's any more either.
        em.createNativeQuery("update audit_log set actor = ?1 where actor = ?2").setParameter(1, Erasure.ERASED_ACCOUNT).setParameter(2, me)
                .executeUpdate();
        return view(request);
    }

    private HeldData heldFor(SubjectRequest r) {
        SubjectQuery q = r.subject();
        return q.isEmpty() ? new HeldData(List.of(), List.of(), List.of()) : subjects.read(subjects.find(q, Set.of(r.bodyId)));
    }

    private int correct(Subject s, String fullName, String phone, String email, String address) {
        int changed = 0;
        List<String> person = new ArrayList<>();
        List<String> item = new ArrayList<>();
        if (fullName != null) {
            person.add("full_name = :name");
            item.add("submitter_name = case when submitter_name is null then null else :name end");
        }
        if (phone != null) {
            person.add("phone = :phone");
            item.add("submitter_phone = case when submitter_phone is null then null else :phone end");
        }
        if (email != null) {
            person.add("email = :email");
            item.add("submitter_email = case when submitter_email is null then null else :email end");
        }
        if (address != null) {
            person.add("address = :address");
        }
        Instant now = Instant.now(clock);
        if (phone != null && !s.people().isEmpty() && !em.createNativeQuery("select 1 from person p where p.phone = :phone and p.id not in (:ids) "
                + "and p.body_key in (select o.body_key from person o where o.id in (:ids))").setParameter("phone", phone)
                .setParameter("ids", s.people()).getResultList().isEmpty()) {
            // One phone is one person in a body: a correction to another person's number would merge two people.
            throw InvalidInputException.of("phone", "person.phone-taken");
        }
        if (!s.people().isEmpty()) {
            var q = em.createNativeQuery("update person set " + String.join(", ", person) + ", updated_at = :now, version = version + 1 where id in (:ids)");
            changed += bind(q, fullName, phone, email, address).setParameter("now", now).setParameter("ids", s.people()).executeUpdate();
        }
        if (!s.items().isEmpty() && !item.isEmpty()) {
            var q = em.createNativeQuery("update feedback_item set " + String.join(", ", item) + ", updated_at = :now, version = version + 1 where id in (:ids)");
            changed += bind(q, fullName, phone, email, null).setParameter("now", now).setParameter("ids", s.items()).executeUpdate();
        }
        return changed;
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, String fullName, String phone, String email, String address) {
        if (fullName != null) {
            q.setParameter("name", fullName.strip());
        }
        if (phone != null) {
            q.setParameter("phone", phone);
        }
        if (email != null) {
            q.setParameter("email", email.strip());
        }
        if (address != null) {
            q.setParameter("address", address.strip());
        }
        return q;
    }

    /** A request of a body the caller reads (their own, or one their body oversees); another's does not exist for them. */
    private SubjectRequest load(long id) {
        SubjectRequest r = em.find(SubjectRequest.class, id);
        if (r == null || r.bodyId == null || !scope.mayRead(r.bodyId)) {
            throw notFound();
        }
        return r;
    }

    /** A request the caller answers: their own body's; one of a body they oversee is read only (403). */
    private SubjectRequest loadForUpdate(long id, long expected) {
        SubjectRequest r = load(id);
        scope.requireWritable(r.bodyId, notFound());
        Versions.check(expected, r.version);
        return r;
    }

    /** The bodies whose records the office reads: its own and those it oversees. */
    private Set<Long> readable() {
        Set<Long> bodies = scope.readable();
        return bodies == null ? Set.of() : bodies;
    }

    private static DomainException notFound() {
        return new DomainException(ProblemKind.NOT_FOUND, "privacy.request-not-found");
    }

    private static void requireSomeone(SubjectQuery q) {
        if (q.isEmpty()) {
            throw InvalidInputException.of("phone", "privacy.subject-empty");
        }
    }

    private SubjectRequestView view(SubjectRequest r) {
        boolean overdue = r.status == RequestStatus.OPEN && LocalDate.now(clock).isAfter(r.dueOn);
        return new SubjectRequestView(r.id, r.kind, r.status, r.channel, r.subjectLabel, r.receivedOn, r.dueOn, overdue, r.note, r.outcomeNote,
                r.decidedBy, r.decidedAt, r.createdAt, r.version);
    }
}
