package vn.doithoai.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.followup.dto.FollowUpDetail;
import vn.doithoai.followup.dto.FollowUpPart;
import vn.doithoai.followup.dto.FollowUpView;
import vn.doithoai.followup.dto.ProgressOutcome;
import vn.doithoai.followup.dto.ProgressReportView;
import vn.doithoai.followup.dto.ProgressRequest;
import vn.doithoai.followup.dto.ReopenRequest;
import vn.doithoai.inbox.Inbox;
import vn.doithoai.inbox.InboxKind;
import vn.doithoai.inbox.InboxSubject;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitIds;
import vn.doithoai.orgunit.OrgUnitRepository;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.Plan;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingFollowUps;
import vn.doithoai.ruling.RulingType;
import vn.doithoai.ruling.dto.RulingView;

/**
 * Progress reports on issued rulings (theo dõi thực hiện). Who may do what:
 * <ul>
 * <li>the lead unit of a ruling to resolve reports percentages, marks it resolved (100 % and what settled it) or
 * reports that it cannot be resolved (with the reason) — it alone moves the ruling's state;</li>
 * <li>its coordinating units post notes to the timeline: they answer to the lead unit, which reports for the ruling;</li>
 * <li>the office records an escalation's progress at the higher body (there is no unit to do it), posts notes on any
 * ruling, and reopens one reported resolved or impossible when the office finds it is not — a unit cannot reopen,
 * so a resolution is never quietly undone by the one who reported it;</li>
 * <li>any other unit is refused (403); the chair and ward officers read.</li>
 * </ul>
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    Inbox inbox;

    @Inject
    OrgUnitIds orgUnitIds;

    @Inject
    EntityManager em;

    @Inject
    FollowUpAccess access;

    @Inject
    CurrentUser user;

    @Inject
    RulingFollowUps rulings;

    @Inject
    OrgUnitRepository units;

    @Inject
    Idempotency idempotency;

    @Inject
    ResolutionNotices notices;

    @Inject
    Clock clock;

    /** The followed ruling, the caller's part and the timeline; out of the caller's scope it does not exist (404). */
    public FollowUpDetail detail(long planId, long rulingId) {
        RulingView ruling = access.visible(planId, rulingId);
        requireFollowed(ruling);
        return new FollowUpDetail(view(ruling), partOf(ruling), reports(rulingId));
    }

    public List<ProgressReportView> reports(long rulingId) {
        List<RulingProgress> reports = em.createQuery("select p from RulingProgress p left join fetch p.unit where p.rulingId = :ruling "
                + "order by p.id", RulingProgress.class).setParameter("ruling", rulingId).getResultList();
        Map<Long, List<AttachmentView>> files = reports.isEmpty() ? Map.of()
                : em.createQuery("select a from RulingProgressAttachment a join fetch a.file where a.report in :reports order by a.id",
                        RulingProgressAttachment.class).setParameter("reports", reports).getResultStream()
                        .collect(Collectors.groupingBy(a -> a.report.id, Collectors.mapping(FollowUpService::attachment, Collectors.toList())));
        return reports.stream().map(p -> view(p, files.getOrDefault(p.id, List.of()))).toList();
    }

    /**
     * A report, once per Idempotency-Key. A report that moves the ruling (a percentage or an outcome) needs the ruling's
     * version (If-Match, 428/412); a note does not, since it changes nothing others edit.
     */
    @Transactional
    public Idempotency.Outcome<ProgressReportView> report(long planId, long rulingId, Long expectedVersion, String key,
            ProgressRequest request) {
        return idempotency.once("ruling-progress:" + rulingId, key, request, ProgressReportView.class, () -> {
            RulingView ruling = access.locked(planId, rulingId);
            requireFollowed(ruling);
            FollowUpPart part = partOf(ruling);
            ProgressOutcome outcome = request.outcome() == null ? ProgressOutcome.PROGRESS : request.outcome();
            boolean movesRuling = part == FollowUpPart.LEAD || part == FollowUpPart.OFFICE && ruling.type() == RulingType.ESCALATE;
            if (part == FollowUpPart.VIEWER) {
                throw new DomainException(ProblemKind.FORBIDDEN, "followup.not-your-ruling", ruling.number());
            }
            if (!movesRuling && (outcome != ProgressOutcome.PROGRESS || request.percent() != null)) {
                throw new DomainException(ProblemKind.FORBIDDEN, "followup.lead-only", ruling.number());
            }
            validate(request, outcome, movesRuling);
            String note = strip(request.note());
            Instant now = now();
            RulingView after = ruling;
            if (movesRuling) {
                if (expectedVersion == null) {
                    throw new DomainException(ProblemKind.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
                }
                RulingFollowUps.Change change = switch (outcome) {
                    case PROGRESS -> new RulingFollowUps.Progress(request.percent(), note);
                    case RESOLVED -> new RulingFollowUps.Resolve(note, LocalDate.now(clock));
                    case CANNOT_RESOLVE -> new RulingFollowUps.CannotResolve(strip(request.reason()));
                };
                after = rulings.apply(rulingId, expectedVersion, change, now);
            } else if (!RulingDeadline.isOpen(ruling.followUp())) {
                throw DomainException.conflict("followup.closed", ruling.number(), ruling.followUp());
            }
            String timelineNote = note.isEmpty() ? strip(request.reason()) : note;
            Integer percent = movesRuling ? Integer.valueOf(after.progressPercent()) : null;
            var report = new RulingProgress(rulingId, myUnit(part), user.username(), user.displayName().orElse(null), timelineNote,
                    percent, after.followUp(), now);
            em.persist(report);
            em.flush();
            if (outcome == ProgressOutcome.RESOLVED) {
                notices.queue(after);
            }
            return view(report, List.of());
        });
    }

    /** The office reopens a ruling reported resolved or impossible: followed again, the reason in the timeline. */
    @Transactional
    public ProgressReportView reopen(long planId, long rulingId, long expectedVersion, ReopenRequest request) {
        RulingView ruling = access.locked(planId, rulingId);
        requireFollowed(ruling);
        String note = strip(request.note());
        if (note.isEmpty()) {
            throw InvalidInputException.of("note", "followup.reopen-reason-required");
        }
        Instant now = now();
        // Resumes from the last share reported while it was still open (0 when it was closed straight away).
        int resumeAt = em.createQuery("select p.percent from RulingProgress p where p.rulingId = :ruling and p.percent is not null "
                + "and p.statusAfter in (:open) order by p.id desc", Integer.class).setParameter("ruling", rulingId)
                .setParameter("open", List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)).setMaxResults(1).getResultStream()
                .findFirst().orElse(0);
        RulingView after = rulings.apply(rulingId, expectedVersion, new RulingFollowUps.Reopen(note, resumeAt), now);
        var report = new RulingProgress(rulingId, null, user.username(), user.displayName().orElse(null), note, after.progressPercent(),
                after.followUp(), now);
        em.persist(report);
        em.flush();
        // Back on the lead unit's desk: told under its bell, in this transaction.
        if (after.leadUnit() != null) {
            orgUnitIds.find(after.leadUnit().code()).ifPresent(unit -> inbox.notify(InboxKind.RETURNED,
                    new Inbox.About(InboxSubject.RULING, rulingId, planId, after.content(), after.dueDate()),
                    List.of(Inbox.Audience.unit(em.find(Plan.class, planId).bodyId(), unit))));
        }
        return view(report, List.of());
    }

    /** The view with the plan; the ruling carries how it stands against its due date. */
    FollowUpView view(RulingView ruling) {
        return view(ruling, em.find(Plan.class, ruling.planId()));
    }

    FollowUpView view(RulingView ruling, Plan plan) {
        RulingDeadline deadline = ruling.deadline();
        return new FollowUpView(ruling, plan.title(), plan.number() + "-" + plan.symbol(),
                deadline == null ? null : deadline.workingDaysLate(), deadline == null ? null : deadline.workingDaysLeft());
    }

    /** The caller's part in the ruling; see the class comment. */
    FollowUpPart partOf(RulingView ruling) {
        if (user.hasRole(Role.SECRETARIAT)) {
            return FollowUpPart.OFFICE;
        }
        if (user.hasRole(Role.UNIT)) {
            String unit = user.orgUnitCode().orElse(null);
            if (unit != null && ruling.leadUnit() != null && unit.equals(ruling.leadUnit().code())) {
                return FollowUpPart.LEAD;
            }
            if (unit != null && ruling.coordinatingUnits().stream().anyMatch(u -> unit.equals(u.code()))) {
                return FollowUpPart.COORDINATING;
            }
        }
        return FollowUpPart.VIEWER;
    }

    /** Only issued rulings to resolve or escalate are followed (409 for the others). */
    static void requireFollowed(RulingView ruling) {
        if (ruling.status() != vn.doithoai.ruling.RulingStatus.ISSUED || ruling.followUp() == null) {
            throw DomainException.conflict("followup.not-followed", ruling.number());
        }
    }

    private static void validate(ProgressRequest request, ProgressOutcome outcome, boolean movesRuling) {
        List<Violation> violations = new ArrayList<>();
        boolean noNote = strip(request.note()).isEmpty();
        Integer percent = request.percent();
        if (percent != null && (percent < 0 || percent > 100)) {
            // Work still going on is 0 to 99 % (100 % is resolved), as the form's hint says; other outcomes 0 to 100 %.
            violations.add(new Violation("percent", outcome == ProgressOutcome.PROGRESS ? "followup.percent-range" : "followup.percent-range-any"));
        }
        switch (outcome) {
            case PROGRESS -> {
                if (noNote) {
                    violations.add(new Violation("note", "followup.note-required"));
                }
                if (movesRuling && percent == null) {
                    violations.add(new Violation("percent", "followup.percent-required"));
                } else if (percent != null && percent == 100) {
                    violations.add(new Violation("percent", "followup.hundred-is-resolved"));
                }
            }
            case RESOLVED -> {
                if (noNote) {
                    violations.add(new Violation("note", "followup.resolved-note-required"));
                }
                if (percent != null && percent != 100) {
                    violations.add(new Violation("percent", "followup.resolved-needs-100"));
                }
            }
            case CANNOT_RESOLVE -> {
                if (strip(request.reason()).isEmpty()) {
                    violations.add(new Violation("reason", "followup.reason-required"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private OrgUnit myUnit(FollowUpPart part) {
        if (part != FollowUpPart.LEAD && part != FollowUpPart.COORDINATING) {
            return null;
        }
        return user.orgUnitCode().flatMap(units::findByCode).orElse(null);
    }

    static ProgressReportView view(RulingProgress p, List<AttachmentView> attachments) {
        return new ProgressReportView(p.id, p.unit == null ? null : OrgUnitRef.of(p.unit), p.author, p.authorName, p.note, p.percent,
                p.statusAfter, p.createdAt, attachments);
    }

    static AttachmentView attachment(RulingProgressAttachment a) {
        return new AttachmentView(a.id, a.file.fileName(), a.file.contentType(), a.file.size());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
