package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.participant.dto.CheckInRequest;
import vn.doithoai.participant.dto.CheckInResult;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;

/**
 * Check-in on the day (điểm danh): by the QR code on the invitation or confirmation page, or by name. The row
 * is locked while it is marked, so two phones scanning the same person at once record one arrival and tell
 * the second one so.
 */
@ApplicationScoped
public class CheckInService {

    private static final Set<PlanStatus> CHECKING_IN = EnumSet.of(PlanStatus.PUBLISHED, PlanStatus.HELD);

    @Inject
    EntityManager em;

    @Inject
    ParticipantService participants;

    @Inject
    ParticipantAccess access;

    @Inject
    PendingRegistrations pending;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public CheckInResult checkIn(long planId, CheckInRequest request) {
        Plan plan = participants.requireWritablePlan(planId);
        if (!CHECKING_IN.contains(plan.status())) {
            throw new DomainException(ProblemKind.CONFLICT, "checkin.plan-not-open", plan.status());
        }
        Participation participation = find(planId, request);
        boolean already = participation.checkedInAt != null;
        if (!already) {
            boolean outsideSessionDay = !isSessionDay(plan);
            if (outsideSessionDay && !request.confirmedOutsideSessionDay()) {
                throw plan.sessionDate() == null
                        ? new DomainException(ProblemKind.CHECKIN_OUTSIDE_SESSION_DAY, "checkin.no-session-day")
                        : new DomainException(ProblemKind.CHECKIN_OUTSIDE_SESSION_DAY, "checkin.outside-session-day",
                                plan.sessionDate(), today());
            }
            participation.checkedInAt = Instant.now(clock);
            participation.checkedInBy = access.username();
            participation.updatedAt = participation.checkedInAt;
            em.flush();
            var changes = AuditLog.changes().field("checkedInAt", null, participation.checkedInAt.toString());
            // Confirmed by the officer against the warning: the record says so, for whoever reads the attendance later.
            audit.record(ParticipantService.AUDIT_TYPE, participation.id.toString(), "checked-in",
                    outsideSessionDay ? changes.field("outsideSessionDay", null, true) : changes);
        }
        return new CheckInResult(ParticipantViews.of(participation, access), already, ParticipantViews.local(participation.checkedInAt),
                participants.composition(plan));
    }

    /**
     * Check-in belongs to the session's day in Vietnam. On any other day (a test scan weeks before, a plan whose day is
     * not set) it is most likely a mistake, and a check-in cannot be undone: the officer is asked to confirm.
     */
    private boolean isSessionDay(Plan plan) {
        return today().equals(plan.sessionDate());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.VIETNAM));
    }

    private Participation find(long planId, CheckInRequest request) {
        Participation participation;
        if (request.code() != null && !request.code().isBlank()) {
            String token = ConfirmationTokens.fromScan(request.code())
                    .orElseThrow(() -> InvalidInputException.of("code", "checkin.code-unreadable"));
            participation = em.createQuery("from Participation where token = :token", Participation.class)
                    .setParameter("token", token).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElseGet(() -> byRegistration(planId, token));
        } else if (request.participantId() != null) {
            participation = em.find(Participation.class, request.participantId(), LockModeType.PESSIMISTIC_WRITE);
            if (participation == null) {
                throw DomainException.notFound("participant.not-found", request.participantId());
            }
        } else {
            throw InvalidInputException.of("code", "checkin.code-or-participant");
        }
        // A code of another plan's invitation is not a code of this one.
        if (!participation.plan.id().equals(planId) || !access.canSee(participation.person)) {
            throw DomainException.notFound("checkin.unknown-code");
        }
        return participation;
    }

    /**
     * The code of a registration that matched a known person: once decided, the participation it joined (its holder
     * may have kept the first link); while waiting, the door says so rather than calling the code unknown.
     */
    private Participation byRegistration(long planId, String token) {
        PendingRegistration registration = em.createQuery("from PendingRegistration where token = :token", PendingRegistration.class)
                .setParameter("token", token).getResultStream().findFirst()
                .filter(r -> r.plan.id().equals(planId) && pending.canSee(r))
                .orElseThrow(() -> DomainException.notFound("checkin.unknown-code"));
        if (registration.isPending()) {
            throw new DomainException(ProblemKind.CONFLICT, "checkin.registration-pending");
        }
        if (registration.participation == null) {
            throw DomainException.notFound("checkin.unknown-code");
        }
        return em.find(Participation.class, registration.participation.id, LockModeType.PESSIMISTIC_WRITE);
    }
}
