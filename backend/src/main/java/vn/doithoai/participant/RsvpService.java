package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.participant.dto.RsvpRequest;
import vn.doithoai.participant.dto.RsvpView;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;

/** The invitee's own page, opened by the token in their link or QR code, without logging in. */
@ApplicationScoped
public class RsvpService {

    private static final Set<PlanStatus> ANSWERABLE = EnumSet.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED);

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public RsvpView get(String token) {
        return view(require(token));
    }

    @Transactional
    public RsvpView answer(String token, RsvpRequest request) {
        Participation participation = require(token);
        if (request.response() == RsvpStatus.PENDING) {
            throw InvalidInputException.of("response", "rsvp.answer-required");
        }
        if (!canRespond(participation)) {
            throw new DomainException(ProblemKind.CONFLICT, "rsvp.closed");
        }
        RsvpStatus before = participation.rsvp;
        participation.answer(request.response(), People.trim(request.note()), "link", Instant.now(clock));
        em.flush();
        audit.record(ParticipantService.AUDIT_TYPE, participation.id.toString(), "rsvp-by-link",
                AuditLog.changes().field("rsvp", before, participation.rsvp));
        return view(participation);
    }

    /** The participation a token names; unknown tokens, well-formed or not, are simply not found. */
    Participation require(String token) {
        return ConfirmationTokens.fromScan(token)
                .flatMap(t -> em.createQuery("from Participation where token = :token", Participation.class).setParameter("token", t)
                        .getResultStream().findFirst())
                .orElseThrow(() -> DomainException.notFound("rsvp.not-found"));
    }

    private static boolean canRespond(Participation p) {
        return ANSWERABLE.contains(p.plan.status()) && p.checkedInAt == null;
    }

    private static RsvpView view(Participation p) {
        Plan plan = p.plan;
        Person person = p.person;
        return new RsvpView(plan.id(), plan.title(), ParticipantViews.local(plan.sessionAt()), plan.venue(), person.fullName,
                person.ward == null ? null : person.ward.name(), p.kind, p.invitation != null,
                p.invitation == null ? null : p.invitation.number, p.rsvp, ParticipantViews.local(p.rsvpAt),
                ParticipantViews.local(p.checkedInAt), canRespond(p), p.matter);
    }
}
