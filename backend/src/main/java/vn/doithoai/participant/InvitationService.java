package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.participant.dto.InvitationBatchRequest;
import vn.doithoai.participant.dto.InvitationBatchView;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;

/**
 * Invitations (giấy mời) issued in batches, held to the plan's deadline rule: a batch later than the rule allows
 * is refused with the deadline named, unless the office records why it goes out late anyway (audited).
 */
@ApplicationScoped
public class InvitationService {

    /** Invitations go out once the plan is approved, until the session. */
    private static final Set<PlanStatus> INVITING = EnumSet.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED);
    static final String PLAN_AUDIT_TYPE = "Plan";

    @Inject
    EntityManager em;

    @Inject
    ParticipantService participants;

    @Inject
    ParticipantAccess access;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<InvitationBatchView> list(long planId) {
        participants.requirePlan(planId);
        List<InvitationBatch> batches = em.createQuery("from InvitationBatch where plan.id = :plan order by issuedOn, id", InvitationBatch.class)
                .setParameter("plan", planId).getResultList();
        Map<Long, Long> invitees = participants.inviteesPerBatch(planId);
        return batches.stream().map(b -> ParticipantViews.batch(b, invitees.getOrDefault(b.id, 0L))).toList();
    }

    /** The invitees of a batch the caller may see, in list order. */
    List<Participation> invitees(InvitationBatch batch) {
        return participants.all(batch.plan.id(), ParticipantService.Filter.batch(batch.id));
    }

    InvitationBatch requireBatch(long planId, long batchId) {
        InvitationBatch batch = em.find(InvitationBatch.class, batchId);
        if (batch == null || !batch.plan.id().equals(planId)) {
            throw DomainException.notFound("invitation.not-found", batchId);
        }
        return batch;
    }

    @Transactional
    public InvitationBatchView issue(long planId, InvitationBatchRequest request) {
        Plan plan = participants.requireWritablePlan(planId);
        if (!INVITING.contains(plan.status())) {
            throw new DomainException(ProblemKind.CONFLICT, "invitation.plan-not-ready", plan.status());
        }
        LocalDate today = LocalDate.now(clock);
        if (request.issuedOn().isAfter(today)) {
            throw InvalidInputException.of("issuedOn", "invitation.issued-in-future");
        }
        List<Participation> invitees = invitees(plan, request.participantIds());
        LocalDate session = plan.sessionDate();
        if (session == null) {
            throw new DomainException(ProblemKind.CONFLICT, "invitation.no-session-date");
        }
        // The strictest deadline among the invitees: citizens and delegates may have different rules.
        WorkingDays days = calendar.forBody(plan.bodyId());
        LocalDate deadline = invitees.stream().map(p -> plan.invitationDeadline(p.isCitizen(), days)).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        boolean late = deadline != null && request.issuedOn().isAfter(deadline);
        String reason = People.trim(request.lateOverrideReason());
        if (late && reason == null) {
            throw new DomainException(ProblemKind.INVITATION_LATE, "invitation.late", deadline, session);
        }
        Instant now = Instant.now(clock);
        var batch = new InvitationBatch(plan, request.number().strip(), request.issuedOn(), request.channel(), deadline,
                late ? reason : null, access.username(), now);
        em.persist(batch);
        invitees.forEach(p -> p.invite(batch, now));
        em.flush();
        var changes = AuditLog.changes().field("invitations", null, batch.number + " (" + invitees.size() + ")")
                .field("issuedOn", null, batch.issuedOn.toString()).field("channel", null, batch.channel);
        if (late) {
            changes.field("deadline", null, deadline.toString()).field("lateOverrideReason", null, reason);
        }
        audit.record(PLAN_AUDIT_TYPE, plan.id().toString(), late ? "invitations-late-override" : "invitations-issued", changes);
        return ParticipantViews.batch(batch, invitees.size());
    }

    /** The participants named, each on this plan, visible to the caller and not invited yet; all problems at once. */
    private List<Participation> invitees(Plan plan, List<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Participation> found = em.createQuery("select p from Participation p join fetch p.person pe left join fetch pe.ward "
                + "where p.plan = :plan and p.id in :ids", Participation.class)
                .setParameter("plan", plan).setParameter("ids", wanted).getResultList().stream()
                .filter(p -> access.canSee(p.person)).toList();
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(wanted);
        found.forEach(p -> missing.remove(p.id));
        if (!missing.isEmpty()) {
            violations.add(new InvalidInputException.Violation("participantIds", "invitation.unknown-participants", missing.toString()));
        }
        List<String> invited = found.stream().filter(p -> p.invitation != null).map(access::displayName).toList();
        if (!invited.isEmpty()) {
            violations.add(new InvalidInputException.Violation("participantIds", "invitation.already-invited", String.join(", ", invited)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return found;
    }
}
