package vn.doithoai.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.ratelimit.RateLimiter;
import vn.doithoai.common.ratelimit.RateLimits;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.participant.dto.PersonInput;
import vn.doithoai.participant.dto.RegistrationRequest;
import vn.doithoai.participant.dto.RegistrationView;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;

/**
 * A citizen registers to attend a published plan (đăng ký tham dự), logged in or not. A retried request with the same
 * Idempotency-Key registers once, and registrations are limited per client address.
 *
 * <p>A registration never changes anyone's record and its answer shows only what was entered: a phone number is easy
 * to know and proves nothing. A number nobody has yet makes a new person; a number someone already has waits, as entered,
 * for the ward officer or the office to decide (see {@link PendingRegistrations}). Either way the answer is the same, so
 * it tells nobody whether the number is known, to whom, or whether that person is on the list. A logged-in citizen is
 * their own record (found by their login, never by a phone number), and only they are told they already registered.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    People people;

    @Inject
    PlanAccess plans;

    @Inject
    ParticipantService participants;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "doithoai.registration.submissions-per-client", defaultValue = "10")
    int submissionsPerClient;

    @ConfigProperty(name = "doithoai.registration.submission-window", defaultValue = "PT10M")
    Duration submissionWindow;

    @Inject
    RateLimits limits;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = limits.limiter("registration", submissionsPerClient, submissionWindow);
    }

    /** A retried request replays the first answer and does not count against the client's limit. */
    @Transactional
    public Idempotency.Outcome<RegistrationView> register(long planId, RegistrationRequest request, String idempotencyKey, String client) {
        return idempotency.once("registration:" + planId + ":" + user.username(), idempotencyKey, request, RegistrationView.class,
                () -> {
                    limiter.acquire(client);
                    return registerNow(planId, request);
                });
    }

    private RegistrationView registerNow(long planId, RegistrationRequest request) {
        Plan plan = plans.published(planId);
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.closed");
        }
        var input = new PersonInput(request.fullName(), null, null, request.wardCode(), request.villageCode(), request.phone(), null,
                null, null);
        People.Checked entered = people.check(input, "");
        Consents.Checked consent = consents.require(request.consent(), ParticipantService.CONSENT_OFFERED, Consents.Giver.SELF, "consent.");
        Instant now = Instant.now(clock);
        String account = user.hasRole(Role.CITIZEN) ? user.username() : null;
        Person own = account == null ? null : people.byAccount(plan.bodyId(), account).orElse(null);
        String token;
        if (own != null) {
            // Their own record, as it is: what they entered this time changes nothing in it.
            requireNotRegistered(plan, own, account);
            token = participate(plan, own, request, now).token;
            // The consent is theirs to give again, on their own record.
            record(ConsentSubject.PERSON, own.id, consent);
        } else {
            if (account != null) {
                requireNotRegistered(plan, null, account);
            }
            var known = people.byPhone(plan.bodyId(), entered.phone());
            if (known.isPresent()) {
                PendingRegistration waiting = awaitMatch(plan, known.get(), entered, request, account, now);
                record(ConsentSubject.PENDING_REGISTRATION, waiting.id, consent);
                token = waiting.token;
            } else {
                Person person = people.create(plan.bodyId(), input, "", user.username(), now);
                person.account = account;
                token = participate(plan, person, request, now).token;
                record(ConsentSubject.PERSON, person.id, consent);
            }
        }
        return new RegistrationView(token, plan.id(), plan.title(), ParticipantViews.local(plan.sessionAt()), plan.venue(),
                request.fullName().strip(), entered.ward().name(), People.trim(request.matter()), ParticipantViews.local(now));
    }

    private void record(ConsentSubject type, long id, Consents.Checked consent) {
        consents.record(type, id, consent);
    }

    /** Only a logged-in citizen is told they already registered: about their own record, naming no one. */
    private void requireNotRegistered(Plan plan, Person own, String account) {
        boolean onList = own != null && own.id != null
                && em.createQuery("select count(p) from Participation p where p.plan = :plan and p.person = :person", Long.class)
                        .setParameter("plan", plan).setParameter("person", own).getSingleResult() > 0;
        // Their earlier registration that matched a known person: still waiting, or confirmed onto the list.
        boolean earlier = em.createQuery("select count(r) from PendingRegistration r where r.plan = :plan and r.account = :account "
                + "and (r.status = :pending or r.participation is not null)", Long.class).setParameter("plan", plan)
                .setParameter("account", account).setParameter("pending", PendingRegistrationStatus.PENDING_MATCH).getSingleResult() > 0;
        if (onList || earlier) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.already-registered");
        }
    }

    private Participation participate(Plan plan, Person person, RegistrationRequest request, Instant now) {
        var participation = new Participation(plan, person, ParticipantSource.REGISTRATION, ConfirmationTokens.next(), user.username(), now);
        participation.kind = ParticipantKind.CITIZEN;
        participation.level = ParticipantLevel.VILLAGE;
        participation.group = participants.group(plan, null, ParticipantLevel.VILLAGE, "groupId");
        participation.matter = People.trim(request.matter());
        try {
            participants.persist(participation, person);
        } catch (DomainException e) {
            // The same new number sent twice at once: the staff wording ("someone else just added this person") would
            // tell the registrant that the number is taken.
            throw "participant.duplicate-concurrent".equals(e.messageKey())
                    ? new DomainException(ProblemKind.CONFLICT, "registration.try-again")
                    : e;
        }
        audit.record(ParticipantService.AUDIT_TYPE, participation.id.toString(), "registered",
                AuditLog.between(Map.of(), ParticipantService.snapshot(participation)));
        return participation;
    }

    /** The number is someone's already: kept as entered, apart from their record, until staff decide. */
    private PendingRegistration awaitMatch(Plan plan, Person matched, People.Checked entered, RegistrationRequest request, String account,
            Instant now) {
        var registration = new PendingRegistration(plan, matched, ConfirmationTokens.next(), user.username(), now);
        registration.fullName = request.fullName().strip();
        registration.ward = entered.ward();
        registration.village = entered.village();
        registration.phone = entered.phone();
        registration.matter = People.trim(request.matter());
        registration.account = account;
        em.persist(registration);
        em.flush();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("fullName", registration.fullName);
        snapshot.put("ward", registration.ward.code());
        snapshot.put("village", registration.village == null ? null : registration.village.code());
        snapshot.put("phone", registration.phone);
        snapshot.put("matter", registration.matter);
        snapshot.put("namePublic", registration.namePublic);
        snapshot.put("matchedPersonId", matched.id);
        audit.record(PendingRegistrations.AUDIT_TYPE, registration.id.toString(), "registered", AuditLog.between(Map.of(), snapshot));
        return registration;
    }
}
