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
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/** The invitee's own page, opened by the token in their link or QR code, without logging in. */
@ScopeDecidedElsewhere("The invitee's own page: the secret token in the link is the authority, no signed-in user")
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
        Link link = require(token);
        return link.participation() != null ? view(link.participation()) : view(link.pending());
    }

    @Transactional
    public RsvpView answer(String token, RsvpRequest request) {
        Link link = require(token);
        if (request.response() == RsvpStatus.PENDING) {
            throw InvalidInputException.of("response", "rsvp.answer-required");
        }
        if (link.participation() == null) {
            // Waiting for the match to be decided: the answer is kept with what they entered, and looks the same.
            PendingRegistration pending = link.pending();
            if (!ANSWERABLE.contains(pending.plan.status())) {
                throw new DomainException(ProblemKind.CONFLICT, "rsvp.closed");
            }
            RsvpStatus before = pending.rsvp;
            pending.answer(request.response(), People.trim(request.note()), Instant.now(clock));
            em.flush();
            audit.record(PendingRegistrations.AUDIT_TYPE, pending.id.toString(), "rsvp-by-link",
                    AuditLog.changes().field("rsvp", before, pending.rsvp));
            return view(pending);
        }
        Participation participation = link.participation();
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

    /**
     * What a link opens: a participation, or a registration still waiting for its match to be decided. A decided
     * registration's link opens the participation it joined; a rejected one opens nothing.
     */
    record Link(Participation participation, PendingRegistration pending) {
    }

    /** The participation or waiting registration a token names; unknown tokens, well-formed or not, are simply not found. */
    Link require(String token) {
        String t = ConfirmationTokens.fromScan(token).orElseThrow(() -> DomainException.notFound("rsvp.not-found"));
        var participation = em.createQuery("from Participation where token = :token", Participation.class).setParameter("token", t)
                .getResultStream().findFirst();
        if (participation.isPresent()) {
            return new Link(participation.get(), null);
        }
        PendingRegistration pending = em.createQuery("from PendingRegistration where token = :token", PendingRegistration.class)
                .setParameter("token", t).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("rsvp.not-found"));
        if (pending.isPending()) {
            return new Link(null, pending);
        }
        if (pending.participation == null) {
            throw DomainException.notFound("rsvp.not-found");
        }
        return new Link(pending.participation, null);
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

    /** Only what the registrant entered, in the very shape a new registration has: nothing of the matched record. */
    private static RsvpView view(PendingRegistration r) {
        Plan plan = r.plan;
        return new RsvpView(plan.id(), plan.title(), ParticipantViews.local(plan.sessionAt()), plan.venue(), r.fullName, r.ward.name(),
                ParticipantKind.CITIZEN, false, null, r.rsvp, ParticipantViews.local(r.rsvpAt), null, ANSWERABLE.contains(plan.status()),
                r.matter);
    }
}
