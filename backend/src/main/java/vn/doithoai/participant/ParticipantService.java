package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.participant.dto.CompositionView;
import vn.doithoai.participant.dto.CompositionView.GroupCount;
import vn.doithoai.participant.dto.ParticipantRequest;
import vn.doithoai.participant.dto.ParticipantUpdate;
import vn.doithoai.participant.dto.ParticipantView;
import vn.doithoai.participant.dto.PersonInput;
import vn.doithoai.participant.dto.PersonView;
import vn.doithoai.participant.dto.PublicParticipant;
import vn.doithoai.participant.dto.RsvpRequest;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;
import vn.doithoai.privacy.readlog.PersonalDataRead;

/** The participant list of a plan as the office and the ward officers keep it. */
@ApplicationScoped
public class ParticipantService {

    static final String AUDIT_TYPE = "Participant";

    /** What the forms taking a person's data ask: handling what they raise, contacting them, showing their name publicly. */
    static final java.util.Set<ConsentPurpose> CONSENT_OFFERED = java.util.EnumSet.allOf(ConsentPurpose.class);
    /** A list may still change until the dialogue is concluded: walk-ins are added on the day. */
    private static final Set<PlanStatus> LIST_OPEN = EnumSet.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED,
            PlanStatus.PUBLISHED, PlanStatus.HELD);

    @Inject
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    People people;

    @Inject
    ParticipantAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Filters of the participant list; null means any. */
    public record Filter(String q, ParticipantKind kind, ParticipantLevel level, Long groupId, String wardCode, RsvpStatus rsvp,
            Boolean invited, Boolean attended, Long batchId) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, null);

        static Filter batch(long batchId) {
            return new Filter(null, null, null, null, null, null, null, null, batchId);
        }
    }

    public Page<ParticipantView> list(long planId, Filter filter, PageRequest page) {
        requirePlan(planId);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(planId, filter, params);
        var count = em.createQuery("select count(p) from Participation p join p.person pe left join pe.ward w where " + where, Long.class);
        params.forEach(count::setParameter);
        List<ParticipantView> items = query(where, params).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(p -> ParticipantViews.of(p, access)).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** Every participant of the plan the filter and the caller's scope let through, in list order: for files. */
    List<Participation> all(long planId, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return query(where(planId, filter, params), params).getResultList();
    }

    /**
     * Every citizen of the plan, whatever the caller's scope, by full name, with the name this caller sees for them: the
     * name itself where they may see it, else "Công dân phường X". Papers written as free text (the minutes) use it to
     * show each citizen as the participant list does. Two citizens of the same name: the more discreet reading wins.
     */
    public Map<String, String> citizenNamesAsSeen(long planId) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Participation p : em.createQuery("select p from Participation p join fetch p.person pe left join fetch pe.ward "
                + "where p.plan.id = :plan and p.kind = :citizen", Participation.class).setParameter("plan", planId)
                .setParameter("citizen", ParticipantKind.CITIZEN).getResultList()) {
            names.merge(p.person.fullName, access.displayName(p), (a, b) -> a.equals(p.person.fullName) ? b : a);
        }
        return names;
    }

    /** How many of each batch's invitees the caller may see: one grouped query for the whole plan. */
    Map<Long, Long> inviteesPerBatch(long planId) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = em.createQuery("select p.invitation.id, count(p) from Participation p join p.person pe left join pe.ward w where "
                + where(planId, Filter.ALL, params) + " and p.invitation is not null group by p.invitation.id", Object[].class);
        params.forEach(query::setParameter);
        Map<Long, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private TypedQuery<Participation> query(String where, Map<String, Object> params) {
        TypedQuery<Participation> query = em.createQuery("select p from Participation p join fetch p.person pe left join fetch pe.ward w "
                + "left join fetch pe.village left join fetch pe.organisation left join fetch p.invitation left join fetch p.group g where "
                + where + " order by case p.level when 'TOWN' then 0 when 'WARD' then 1 else 2 end, pe.fullName, p.id", Participation.class);
        params.forEach(query::setParameter);
        return query;
    }

    private String where(long planId, Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("p.plan.id = :plan");
        params.put("plan", planId);
        String ward = access.wardScope();
        if (ward != null) {
            where.append(" and w.code = :scope");
            params.put("scope", ward);
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            if (access.isOffice() || ward != null) {
                where.append(" and (pe.fullName like :q or pe.phone like :phone)");
                params.put("phone", PhoneNumbers.normalise(f.q()).map(n -> "%" + n + "%").orElse(like));
            } else {
                // Callers who see a masked list must not find hidden citizens by name.
                where.append(" and pe.fullName like :q and (p.kind <> 'CITIZEN' or pe.namePublic = true)");
            }
            params.put("q", like);
        }
        if (f.kind() != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.level() != null) {
            where.append(" and p.level = :level");
            params.put("level", f.level());
        }
        if (f.groupId() != null) {
            where.append(" and p.group.id = :group");
            params.put("group", f.groupId());
        }
        if (f.wardCode() != null && !f.wardCode().isBlank()) {
            where.append(" and w.code = :ward");
            params.put("ward", f.wardCode().strip());
        }
        if (f.rsvp() != null) {
            where.append(" and p.rsvp = :rsvp");
            params.put("rsvp", f.rsvp());
        }
        if (f.invited() != null) {
            where.append(f.invited() ? " and p.invitation is not null" : " and p.invitation is null");
        }
        if (f.attended() != null) {
            where.append(f.attended() ? " and p.checkedInAt is not null" : " and p.checkedInAt is null");
        }
        if (f.batchId() != null) {
            where.append(" and p.invitation.id = :batch");
            params.put("batch", f.batchId());
        }
        return where.toString();
    }

    public ParticipantView get(long planId, long id) {
        return ParticipantViews.of(require(planId, id), access);
    }

    /** Adds someone to the plan, found again by phone; with an Idempotency-Key a retried request adds once. */
    @Transactional
    public Idempotency.Outcome<ParticipantView> add(long planId, ParticipantRequest request, String idempotencyKey) {
        return idempotency.once("participants:" + planId + ":" + access.username(), idempotencyKey, request, ParticipantView.class,
                () -> ParticipantViews.of(addNow(planId, request), access));
    }

    private Participation addNow(long planId, ParticipantRequest request) {
        Plan plan = requireOpenPlan(planId);
        // A person entered now brings their data: only with their consent. A person already on record consented when
        // their data was taken in; a consent sent with them is recorded as they give it now.
        Consents.Checked consent = request.person() != null
                ? consents.require(request.consent(), CONSENT_OFFERED, Consents.Giver.STAFF, "consent.")
                : request.consent() == null ? null : consents.check(request.consent(), CONSENT_OFFERED, Consents.Giver.STAFF, "consent.");
        Instant now = Instant.now(clock);
        Person person = personFor(plan, request, now);
        CompositionGroup group = group(plan, request.groupId(), request.level(), "groupId");
        requireNotOnList(plan, person);
        var participation = new Participation(plan, person, ParticipantSource.STAFF, ConfirmationTokens.next(), access.username(), now);
        participation.kind = request.kind();
        participation.level = request.level();
        participation.group = group;
        participation.matter = People.trim(request.matter());
        persist(participation, person);
        if (consent != null) {
            consents.record(ConsentSubject.PERSON, person.id, consent);
        }
        audit.record(AUDIT_TYPE, participation.id.toString(), "added", AuditLog.between(Map.of(), snapshot(participation)));
        return participation;
    }

    private Person personFor(Plan plan, ParticipantRequest request, Instant now) {
        if (request.personId() != null) {
            Person person = em.find(Person.class, request.personId());
            // Another body's record does not exist here, as everywhere else.
            if (person == null || person.bodyId != null && person.bodyId != plan.bodyId()) {
                throw DomainException.notFound("person.not-found", request.personId());
            }
            access.requireVisible(person);
            return person;
        }
        if (request.person() == null) {
            throw InvalidInputException.of("person", "participant.person-required");
        }
        PersonInput input = scoped(request.person());
        var existing = PhoneNumbers.normalise(input.phone()).flatMap(phone -> people.byPhone(plan.bodyId(), phone));
        if (existing.isPresent()) {
            if (!access.canSee(existing.get())) {
                throw new DomainException(ProblemKind.CONFLICT, "person.phone-elsewhere");
            }
            return existing.get();
        }
        return people.create(plan.bodyId(), input, "person.", access.username(), now);
    }

    /** A ward officer enters people of their own ward only; the ward is theirs when left out. */
    private PersonInput scoped(PersonInput input) {
        String ward = access.wardScope();
        if (ward == null) {
            return input;
        }
        if (input.wardCode() != null && !input.wardCode().isBlank() && !input.wardCode().strip().equals(ward)) {
            throw InvalidInputException.of("person.wardCode", "person.ward-out-of-scope");
        }
        return new PersonInput(input.fullName(), input.title(), input.organisationCode(), ward, input.villageCode(), input.phone(),
                input.email(), input.address(), input.notes());
    }

    void requireNotOnList(Plan plan, Person person) {
        if (person.id == null) {
            return;
        }
        em.createQuery("from Participation where plan = :plan and person = :person", Participation.class)
                .setParameter("plan", plan).setParameter("person", person).getResultStream().findFirst()
                .ifPresent(p -> {
                    throw new DomainException(ProblemKind.CONFLICT, "participant.duplicate", access.displayName(p),
                            p.createdAt.atZone(vn.doithoai.common.time.Clocks.VIETNAM).toLocalDate());
                });
    }

    /** Persists a new participation (and its person), turning a lost race on the same phone into a 409. */
    void persist(Participation participation, Person person) {
        try {
            if (person.id == null) {
                em.persist(person);
            }
            em.persist(participation);
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new DomainException(ProblemKind.CONFLICT, "participant.duplicate-concurrent");
            }
            throw e;
        }
    }

    @Transactional
    public ParticipantView update(long planId, long id, long expectedVersion, ParticipantUpdate request) {
        Participation participation = require(planId, id);
        // An overseeing office is refused before the version is looked at: it changes nothing here.
        requireWritablePlan(planId);
        Versions.check(expectedVersion, participation.version);
        requireOpenPlan(planId);
        var before = snapshot(participation);
        Person person = participation.person;
        PersonInput input = scoped(request.person());
        long body = participation.plan.bodyId();
        PhoneNumbers.normalise(input.phone()).flatMap(phone -> people.byPhone(body, phone)).filter(other -> !other.id.equals(person.id))
                .ifPresent(other -> {
            throw InvalidInputException.of("person.phone", "person.phone-taken");
        });
        people.write(person, input, "person.");
        person.updatedAt = Instant.now(clock);
        participation.kind = request.kind();
        participation.level = request.level();
        participation.group = group(participation.plan, request.groupId(), request.level(), "groupId");
        participation.matter = People.trim(request.matter());
        participation.updatedAt = Instant.now(clock);
        em.flush();
        audit.record(AUDIT_TYPE, participation.id.toString(), "updated", AuditLog.between(before, snapshot(participation)));
        return ParticipantViews.of(participation, access);
    }

    @Transactional
    public void remove(long planId, long id, long expectedVersion) {
        Participation participation = require(planId, id);
        // An overseeing office is refused before the version is looked at: it changes nothing here.
        requireWritablePlan(planId);
        Versions.check(expectedVersion, participation.version);
        requireOpenPlan(planId);
        if (participation.checkedInAt != null) {
            throw new DomainException(ProblemKind.CONFLICT, "participant.already-attended");
        }
        audit.record(AUDIT_TYPE, participation.id.toString(), "removed", AuditLog.between(snapshot(participation), Map.of()));
        em.remove(participation);
    }

    /** The office or the ward officer records the invitee's answer (by phone, in person). */
    @Transactional
    public ParticipantView answer(long planId, long id, RsvpRequest request) {
        Participation participation = require(planId, id);
        requireOpenPlan(planId);
        RsvpStatus before = participation.rsvp;
        participation.answer(request.response(), People.trim(request.note()), access.username(), Instant.now(clock));
        em.flush();
        audit.record(AUDIT_TYPE, participation.id.toString(), "rsvp", AuditLog.changes().field("rsvp", before, participation.rsvp));
        return ParticipantViews.of(participation, access);
    }

    public List<PersonView> people(String phone, String text) {
        String normalised = phone == null || phone.isBlank() ? null : PhoneNumbers.normalise(phone).orElse(phone.strip());
        String name = text == null || text.isBlank() ? null : text.strip();
        if (normalised == null && name == null) {
            throw InvalidInputException.of("phone", "person.search-empty");
        }
        // A search of the register is a read of it, found or not; whose data it showed, the people found say.
        access.readLog().read(PersonalDataRead.PEOPLE_SEARCH);
        return people.search(plans.readableBodies(), normalised, name, access.wardScope()).stream()
                .map(p -> ParticipantViews.person(p, access.readLog())).toList();
    }

    /** The composition with its counts; the counts are of the whole plan, names are not involved. */
    public CompositionView composition(long planId) {
        return composition(requirePlan(planId));
    }

    CompositionView composition(Plan plan) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select composition_group_id, count(*), count(invitation_batch_id), "
                + "sum(rsvp = 'ACCEPTED'), count(checked_in_at) from participation where plan_id = ?1 group by composition_group_id")
                .setParameter(1, plan.id()).getResultList();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put(row[0] == null ? null : ((Number) row[0]).longValue(), new long[] { num(row[1]), num(row[2]), num(row[3]), num(row[4]) });
        }
        List<GroupCount> groups = new ArrayList<>();
        long[] total = new long[4];
        int target = 0;
        boolean anyTarget = false;
        for (CompositionGroup g : plan.composition()) {
            long[] c = counts.getOrDefault(g.id(), new long[4]);
            groups.add(count(g.id(), g.level(), g.description(), g.targetCount(), c));
            add(total, c);
            if (g.targetCount() != null) {
                target += g.targetCount();
                anyTarget = true;
            }
        }
        long[] none = counts.get(null);
        if (none != null) {
            groups.add(count(null, null, "", null, none));
            add(total, none);
        }
        return new CompositionView(groups, count(null, null, "", anyTarget ? target : null, total));
    }

    private static GroupCount count(Long id, ParticipantLevel level, String description, Integer target, long[] c) {
        return new GroupCount(id, level, description, target, c[0], c[1], c[2], c[3], id != null && c[0] == 0,
                target != null && c[0] < target);
    }

    private static void add(long[] total, long[] c) {
        for (int i = 0; i < total.length; i++) {
            total[i] += c[i];
        }
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Participants of a published plan as anyone may see them. */
    public Page<PublicParticipant> published(long planId, PageRequest page) {
        plans.published(planId);
        long total = em.createQuery("select count(p) from Participation p where p.plan.id = :plan", Long.class)
                .setParameter("plan", planId).getSingleResult();
        var items = em.createQuery("select p from Participation p join fetch p.person pe left join fetch pe.ward "
                + "left join fetch pe.organisation where p.plan.id = :plan "
                + "order by case p.level when 'TOWN' then 0 when 'WARD' then 1 else 2 end, p.kind, pe.fullName, p.id", Participation.class)
                .setParameter("plan", planId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items.stream().map(p -> ParticipantViews.published(p, access)).toList(), page, total);
    }

    /** The group a participant counts toward: the one named, or the plan's only group of that level. */
    CompositionGroup group(Plan plan, Long groupId, ParticipantLevel level, String field) {
        if (groupId != null) {
            return plan.composition().stream().filter(g -> Objects.equals(g.id(), groupId)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of(field, "participant.unknown-group", groupId));
        }
        List<CompositionGroup> ofLevel = plan.composition().stream().filter(g -> g.level() == level).toList();
        return ofLevel.size() == 1 ? ofLevel.get(0) : null;
    }

    /** The plan, for reading its participants: the caller's body's, or one it oversees (404 otherwise). */
    Plan requirePlan(long planId) {
        return plans.readable(planId);
    }

    /** The plan, for a change to its participants by the staff of its body (404, or 403 for an overseeing office). */
    Plan requireWritablePlan(long planId) {
        return plans.writable(planId);
    }

    Plan requireOpenPlan(long planId) {
        Plan plan = requireWritablePlan(planId);
        if (!LIST_OPEN.contains(plan.status())) {
            throw new DomainException(ProblemKind.CONFLICT, "participant.list-closed", plan.status());
        }
        return plan;
    }

    Participation require(long planId, long id) {
        Participation participation = em.find(Participation.class, id);
        if (participation == null || !participation.plan.id().equals(planId)) {
            throw DomainException.notFound("participant.not-found", id);
        }
        access.requireVisible(participation);
        return participation;
    }

    static Map<String, Object> snapshot(Participation p) {
        Map<String, Object> s = new LinkedHashMap<>();
        Person person = p.person;
        s.put("fullName", person.fullName);
        s.put("title", person.title);
        s.put("organisation", person.organisation == null ? null : person.organisation.code());
        s.put("ward", person.ward == null ? null : person.ward.code());
        s.put("village", person.village == null ? null : person.village.code());
        s.put("phone", person.phone);
        s.put("email", person.email);
        s.put("address", person.address);
        s.put("namePublic", person.namePublic);
        s.put("kind", p.kind);
        s.put("level", p.level);
        s.put("groupId", p.group == null ? null : p.group.id());
        s.put("matter", p.matter);
        return s;
    }
}
