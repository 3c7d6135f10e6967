package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.participant.dto.PendingRegistrationView;
import vn.doithoai.participant.dto.PersonInput;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;

/**
 * Registrations that matched a known person, as the office and the ward officer of the registration's ward decide
 * them. A ward officer sees their own ward's registrations only (others are 404), and the matched record only where
 * it is their ward's too; matching someone they may not see is the office's decision.
 */
@ApplicationScoped
public class PendingRegistrations {

    static final String AUDIT_TYPE = "PendingRegistration";

    @Inject
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    People people;

    @Inject
    ParticipantService participants;

    @Inject
    ParticipantAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Page<PendingRegistrationView> list(long planId, PendingRegistrationStatus status, PageRequest page) {
        participants.requirePlan(planId);
        StringBuilder where = new StringBuilder("r.plan.id = :plan");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("plan", planId);
        String ward = access.wardScope();
        if (ward != null) {
            where.append(" and r.ward.code = :ward");
            params.put("ward", ward);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        var count = em.createQuery("select count(r) from PendingRegistration r where " + where, Long.class);
        params.forEach(count::setParameter);
        var query = em.createQuery("select r from PendingRegistration r join fetch r.ward left join fetch r.village "
                + "join fetch r.matchedPerson where " + where + " order by r.createdAt, r.id", PendingRegistration.class);
        params.forEach(query::setParameter);
        var items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::view).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    public PendingRegistrationView get(long planId, long id) {
        return view(require(planId, id, LockModeType.NONE));
    }

    /**
     * Decides a registration once, on the version the caller read. The matched person's record is never written:
     * the same person gets a participation (or keeps the one they have), another person gets a record of their own.
     */
    @Transactional
    public PendingRegistrationView decide(long planId, long id, long expectedVersion, RegistrationDecision decision) {
        PendingRegistration registration = require(planId, id, LockModeType.PESSIMISTIC_WRITE);
        participants.requireWritablePlan(planId);
        Versions.check(expectedVersion, registration.version);
        Plan plan = participants.requireOpenPlan(planId);
        if (!registration.isPending()) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.already-decided");
        }
        Instant now = Instant.now(clock);
        Participation joined = switch (decision) {
            case SAME_PERSON -> join(plan, registration, now);
            case SEPARATE_PERSON -> separate(plan, registration, now);
            case REJECTED -> null;
        };
        registration.decide(decision.outcome(), joined, access.username(), now);
        em.flush();
        audit.record(AUDIT_TYPE, registration.id.toString(), "decided", AuditLog.changes()
                .field("status", PendingRegistrationStatus.PENDING_MATCH, registration.status)
                .field("participantId", null, joined == null ? null : joined.id));
        return view(registration);
    }

    /** The same person: their participation in the plan, made now or the one they already have. Their record stays. */
    private Participation join(Plan plan, PendingRegistration registration, Instant now) {
        Person person = registration.matchedPerson;
        if (!access.canSee(person)) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.match-outside-ward");
        }
        var existing = em.createQuery("from Participation where plan = :plan and person = :person", Participation.class)
                .setParameter("plan", plan).setParameter("person", person).getResultStream().findFirst();
        if (existing.isPresent()) {
            Participation participation = existing.get();
            if (participation.matter == null && registration.matter != null) {
                participation.matter = registration.matter;
                participation.updatedAt = now;
            }
            return participation;
        }
        return participate(plan, person, registration, now);
    }

    /** Another person sharing the number: a record of their own from what they entered; the number stays the other's. */
    private Participation separate(Plan plan, PendingRegistration registration, Instant now) {
        var input = new PersonInput(registration.fullName, null, null, registration.ward.code(),
                registration.village == null ? null : registration.village.code(), null, null, null, null);
        Person person = people.create(plan.bodyId(), input, "", registration.createdBy, now);
        // The login of the citizen who sent it belongs to this new record, unless it already has one of its own.
        if (registration.account != null && people.byAccount(plan.bodyId(), registration.account).isEmpty()) {
            person.account = registration.account;
        }
        Participation participation = participate(plan, person, registration, now);
        consents.carryOver(ConsentSubject.PENDING_REGISTRATION, registration.id, ConsentSubject.PERSON, person.id);
        return participation;
    }

    private Participation participate(Plan plan, Person person, PendingRegistration registration, Instant now) {
        // The registrant's link keeps working: the participation takes over its token.
        var participation = new Participation(plan, person, ParticipantSource.REGISTRATION, registration.token, registration.createdBy, now);
        participation.kind = ParticipantKind.CITIZEN;
        participation.level = ParticipantLevel.VILLAGE;
        participation.group = participants.group(plan, null, ParticipantLevel.VILLAGE, "groupId");
        participation.matter = registration.matter;
        if (registration.rsvp != RsvpStatus.PENDING) {
            participation.answer(registration.rsvp, registration.rsvpNote, "link", registration.rsvpAt);
            participation.updatedAt = now;
        }
        participants.persist(participation, person);
        audit.record(ParticipantService.AUDIT_TYPE, participation.id.toString(), "registered",
                AuditLog.between(Map.of(), ParticipantService.snapshot(participation)));
        return participation;
    }

    private PendingRegistration require(long planId, long id, LockModeType lock) {
        participants.requirePlan(planId);
        PendingRegistration registration = em.find(PendingRegistration.class, id, lock);
        if (registration == null || !registration.plan.id().equals(planId) || !canSee(registration)) {
            throw DomainException.notFound("registration.not-found", id);
        }
        return registration;
    }

    boolean canSee(PendingRegistration registration) {
        String ward = access.wardScope();
        return ward == null || registration.isInWard(ward);
    }

    private PendingRegistrationView view(PendingRegistration r) {
        Person matched = r.matchedPerson;
        boolean visible = access.canSee(matched);
        if (r.phone != null) {
            access.readLog().contactShownForPlan(r.plan.id());
        }
        Boolean onList = !visible ? null
                : em.createQuery("select count(p) from Participation p where p.plan = :plan and p.person = :person", Long.class)
                        .setParameter("plan", r.plan).setParameter("person", matched).getSingleResult() > 0;
        return new PendingRegistrationView(r.id, r.plan.id(), r.status, r.fullName, r.phone, ParticipantViews.ref(r.ward),
                ParticipantViews.ref(r.village), r.matter, r.namePublic, r.account != null, visible,
                visible ? ParticipantViews.person(matched, access.readLog()) : null, onList, r.rsvp, ParticipantViews.local(r.rsvpAt),
                ParticipantViews.local(r.createdAt), r.participation == null ? null : r.participation.id, r.decidedBy,
                ParticipantViews.local(r.decidedAt), r.version);
    }
}
