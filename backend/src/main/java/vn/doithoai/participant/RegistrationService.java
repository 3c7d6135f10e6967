package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.participant.dto.PersonInput;
import vn.doithoai.participant.dto.RegistrationRequest;
import vn.doithoai.participant.dto.RegistrationView;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;

/**
 * A citizen registers to attend a published plan (đăng ký tham dự), logged in or not. A retried request with
 * the same Idempotency-Key registers once; the same phone registering again for the same plan is recognised.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    EntityManager em;

    @Inject
    People people;

    @Inject
    ParticipantService participants;

    @Inject
    ParticipantAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Idempotency.Outcome<RegistrationView> register(long planId, RegistrationRequest request, String idempotencyKey) {
        return idempotency.once("registration:" + planId + ":" + user.username(), idempotencyKey, request, RegistrationView.class,
                () -> registerNow(planId, request));
    }

    private RegistrationView registerNow(long planId, RegistrationRequest request) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.status().isPublic()) {
            throw DomainException.notFound("plan.not-found", planId);
        }
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.closed");
        }
        var input = new PersonInput(request.fullName(), null, null, request.wardCode(), request.villageCode(), request.phone(), null,
                null, null, request.namePublic());
        String phone = people.check(input, "").phone();
        Instant now = Instant.now(clock);
        String account = user.hasRole(Role.CITIZEN) ? user.username() : null;
        Optional<Person> known = (account == null ? Optional.<Person>empty() : people.byAccount(account)).or(() -> people.byPhone(phone));
        Person person;
        if (known.isPresent()) {
            person = known.get();
            participants.requireNotOnList(plan, person);
            if (person.account == null) {
                person.account = account;
            }
            if (person.ward == null) {
                people.write(person, input, "");
            }
        } else {
            person = people.create(input, "", user.username(), now);
            person.account = account;
        }
        var participation = new Participation(plan, person, ParticipantSource.REGISTRATION, ConfirmationTokens.next(), user.username(), now);
        participation.kind = ParticipantKind.CITIZEN;
        participation.level = ParticipantLevel.VILLAGE;
        participation.group = participants.group(plan, null, ParticipantLevel.VILLAGE, "groupId");
        participation.matter = People.trim(request.matter());
        participants.persist(participation, person);
        audit.record(ParticipantService.AUDIT_TYPE, participation.id.toString(), "registered",
                AuditLog.between(java.util.Map.of(), ParticipantService.snapshot(participation)));
        // The name as entered: a phone number alone must not reveal the name someone else registered under.
        return new RegistrationView(participation.token, plan.id(), plan.title(), ParticipantViews.local(plan.sessionAt()), plan.venue(),
                request.fullName().strip(), person.ward == null ? "" : person.ward.name(), participation.matter,
                ParticipantViews.local(now));
    }
}
