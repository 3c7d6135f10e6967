package vn.doithoai.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.StoredFile;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.dto.PlanCommands;
import vn.doithoai.plan.dto.PlanDraft;
import vn.doithoai.plan.dto.PlanSummary;
import vn.doithoai.plan.dto.PlanView;
import vn.doithoai.plan.dto.PublicPlanView;
import vn.doithoai.plantemplate.PlanTemplate;
import vn.doithoai.plantemplate.PlanTemplateService;
import vn.doithoai.plantemplate.TemplateContent;
import vn.doithoai.webhook.WebhookEventType;
import vn.doithoai.webhook.Webhooks;

@ApplicationScoped
public class PlanService {

    static final String AUDIT_TYPE = "Plan";

    @Inject
    Webhooks webhooks;

    @Inject
    EntityManager em;

    @Inject
    PlanRepository plans;

    @Inject
    PlanAccess access;

    @Inject
    PlanDrafts drafts;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    PlanTemplateService templates;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The caller's plans: their body's, and those it oversees. */
    public Page<PlanSummary> list(PlanRepository.Filter filter, String after, String size) {
        return page(filter.within(access.readableBodies()), after, size);
    }

    /**
     * Every body's published plans, for anyone; those of the bodies of {@code locality} (a ward or commune, by code;
     * a logged-in citizen's own ward when left out) first. A ward or commune merged in 2025 stands for the one it became.
     */
    public Page<PlanSummary> listPublished(PlanRepository.Filter filter, String locality, String after, String size) {
        String code = locality != null && !locality.isBlank() ? locality.strip() : user.hasRole(Role.CITIZEN) ? user.wardCode().orElse(null) : null;
        OrgUnit place = code == null ? null : orgUnits.find(code).orElseThrow(() -> InvalidInputException.of("locality", "orgunit.not-found", code));
        while (place != null && place.isRetired() && place.successor() != null) {
            place = place.successor();
        }
        return page(place == null ? filter : filter.localityFirst(place.id()), after, size);
    }

    /**
     * A page of the list in its own order, or of its change feed (no count: the feed is read until its cursor runs out, and
     * the plans changing meanwhile would make a count wrong by the next page anyway).
     */
    private Page<PlanSummary> page(PlanRepository.Filter filter, String after, String size) {
        if (filter.changes() != null) {
            int limit = PageRequest.size(size);
            return Page.changes(plans.page(filter, 0, limit + 1), limit, row -> ChangeCursor.after(row.updatedAt(), row.id()))
                    .map(PlanViews::summary);
        }
        PageRequest page = PageRequest.parse(after, size);
        return Page.of(plans.page(filter, page.offset(), page.size()).stream().map(PlanViews::summary).toList(), page,
                plans.count(filter));
    }

    public PlanView get(long id) {
        return view(access.readable(id));
    }

    /** A plan anyone may read: published or later. Others do not exist for the public. */
    public PublicPlanView getPublished(long id) {
        Plan plan = access.published(id);
        return PlanViews.published(plan, calendar.forBody(plan.bodyId()));
    }

    @Transactional
    public PlanView create(PlanDraft draft) {
        Instant now = Instant.now(clock);
        var plan = new Plan(access.bodyOfNewPlan(), draft.level(), draft.title().strip(), user.username(), now);
        PlanDraft filled = draft;
        if (draft.templateCode() != null && !draft.templateCode().isBlank()) {
            // Shared, or the body's own: another body's template is as unknown as one that does not exist.
            PlanTemplate template = templates.findUsable(draft.templateCode())
                    .orElseThrow(() -> InvalidInputException.of("templateCode", "plan.unknown-template", draft.templateCode()));
            filled = fromTemplate(draft, template.content());
            plan.templateCode = template.code();
        }
        drafts.write(plan, filled);
        plan.recomputeDueDates(calendar.forBody(plan.bodyId()));
        plans.persist(plan);
        plans.flush();
        // The body is mapped read-only beside its id: set it here, or the 201 would show no body until the next read.
        plan.body = plans.getEntityManager().getReference(OrgUnit.class, plan.bodyId);
        audit.record(AUDIT_TYPE, plan.id.toString(), "created", AuditLog.between(Map.of(), PlanViews.snapshot(plan)));
        return view(plan);
    }

    @Transactional
    public PlanView update(long id, long expectedVersion, PlanDraft draft) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        plan.requireStatus(plan.status == PlanStatus.DRAFT);
        var before = PlanViews.snapshot(plan);
        drafts.write(plan, draft);
        plan.recomputeDueDates(calendar.forBody(plan.bodyId()));
        return saveChanges(plan, before, "updated");
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        plan.requireStatus(plan.status == PlanStatus.DRAFT);
        audit.record(AUDIT_TYPE, plan.id.toString(), "deleted", AuditLog.between(PlanViews.snapshot(plan), Map.of()));
        plans.delete(plan);
    }

    @Transactional
    public PlanView transition(long id, long expectedVersion, PlanCommands.Transition command) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        PlanAction action = command.action();
        if (action.roles().stream().noneMatch(user::hasRole)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "plan.action-forbidden", action);
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (action.needsReason() && reason == null) {
            throw InvalidInputException.of("reason", "plan.reason-required");
        }
        if (action.startsFrom(plan.status)) {
            checkBefore(action, plan, Boolean.TRUE.equals(command.acknowledgeWarnings()));
        }
        PlanStatus from = plan.status;
        plan.apply(action, reason, Instant.now(clock));
        plans.flush();
        audit.record(AUDIT_TYPE, plan.id.toString(), action.name().toLowerCase(), AuditLog.changes()
                .field("status", from, plan.status).field("reason", null, reason));
        if (action == PlanAction.PUBLISH) {
            webhooks.publish(WebhookEventType.PLAN_PUBLISHED, plan.bodyId(), "plans/" + plan.id, Webhooks.data("planId", plan.id,
                    "number", plan.number(), "title", plan.title(), "status", plan.status, "sessionAt", plan.sessionAt()));
        }
        return view(plan);
    }

    @Transactional
    public PlanView schedule(long id, long expectedVersion, PlanCommands.Schedule schedule) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        plan.requireStatus(plan.status.allowsScheduling());
        var before = PlanViews.snapshot(plan);
        drafts.schedule(plan, schedule);
        plan.recomputeDueDates(calendar.forBody(plan.bodyId()));
        return saveChanges(plan, before, "scheduled");
    }

    @Transactional
    public PlanView progress(long id, long taskId, long expectedVersion, PlanCommands.TaskProgress progress) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        plan.requireStatus(plan.status.allowsProgress());
        PreparationTask task = task(plan, taskId);
        LocalDate today = LocalDate.now(clock);
        if (progress.doneOn() != null && progress.doneOn().isAfter(today)) {
            throw InvalidInputException.of("doneOn", "plan.done-in-future");
        }
        LocalDate before = task.doneOn;
        task.doneOn = progress.doneOn();
        plan.touch(Instant.now(clock));
        plans.flush();
        audit.record(AUDIT_TYPE, plan.id.toString(), "task-progress", AuditLog.changes()
                .field("tasks[" + task.id + "].doneOn", str(before), str(task.doneOn)));
        return view(plan);
    }

    @Transactional
    public PlanView attachReport(long id, long taskId, long expectedVersion, String fileName, byte[] content) {
        Plan plan = access.writable(id);
        Versions.check(expectedVersion, plan.version());
        plan.requireStatus(plan.status.allowsProgress());
        PreparationTask task = task(plan, taskId);
        StoredFile file = files.storeDocument(fileName, content);
        String before = task.report == null ? null : task.report.fileName();
        task.report = file;
        plan.touch(Instant.now(clock));
        plans.flush();
        audit.record(AUDIT_TYPE, plan.id.toString(), "task-report", AuditLog.changes()
                .field("tasks[" + task.id + "].report", before, file.fileName()));
        return view(plan);
    }

    public StoredFile report(long id, long taskId) {
        PreparationTask task = task(access.readable(id), taskId);
        if (task.report == null) {
            throw DomainException.notFound("plan.report-not-found");
        }
        return task.report;
    }

    public List<PlanCommands.HistoryEntry> history(long id) {
        access.readable(id);
        return audit.trail(AUDIT_TYPE, Long.toString(id)).stream()
                .map(e -> new PlanCommands.HistoryEntry(PlanViews.local(e.occurredAt), e.actor, e.action, parse(e.changes)))
                .toList();
    }

    public PlanCommands.DeadlinePreviewResult previewDeadlines(PlanCommands.DeadlinePreview request) {
        // The caller's drafts are their body's plans, counted on its calendar.
        WorkingDays days = access.callersBody().map(calendar::forBody).orElse(calendar.national());
        return new PlanCommands.DeadlinePreviewResult(
                request.rules().stream().map(rule -> rule.dueDate(request.sessionDate(), days)).toList());
    }

    /** Checks an action needs beyond its starting state. */
    private void checkBefore(PlanAction action, Plan plan, boolean acknowledged) {
        LocalDate today = LocalDate.now(clock);
        switch (action) {
            case SUBMIT -> drafts.checkComplete(plan);
            case PUBLISH -> {
                List<InvalidInputException.Violation> pastDue = new ArrayList<>();
                for (PreparationTask task : plan.tasks) {
                    if (task.status(today) == TaskStatus.OVERDUE) {
                        pastDue.add(new InvalidInputException.Violation("tasks/" + task.id, "plan.task-past-due",
                                task.description, task.dueDate));
                    }
                }
                if (!pastDue.isEmpty() && !acknowledged) {
                    throw new DomainException(ProblemKind.CONFLICT, "plan.publish-warnings", pastDue.size()).withWarnings(pastDue);
                }
            }
            case HOLD -> {
                if (plan.sessionDate() == null || plan.sessionDate().isAfter(today)) {
                    throw new DomainException(ProblemKind.CONFLICT, "plan.not-held-yet");
                }
            }
            default -> {
            }
        }
    }

    /** Empty lists of a new plan are filled from the template; task owners found among the issuing unit's peers. */
    PlanDraft fromTemplate(PlanDraft d, TemplateContent t) {
        OrgUnit issuing = orgUnits.find(d.issuingUnitCode()).orElse(null);
        List<PlanDraft.TaskInput> tasks = isEmpty(d.tasks()) ? t.tasks().stream()
                .map(task -> new PlanDraft.TaskInput(null, ownerFor(task.ownerKind(), issuing), task.ownerKind(), task.description(),
                        task.rule()))
                .toList() : d.tasks();
        return new PlanDraft(d.templateCode(), d.level(), d.title(), d.number(), d.symbol(), d.issueDate(), d.issuingUnitCode(),
                d.issuingBodyName(), isEmpty(d.legalBases()) ? t.legalBases() : d.legalBases(), d.chairTitle(), d.chairName(),
                isEmpty(d.purposes()) ? t.purposes() : d.purposes(), d.topic(), d.focusAreas(), d.plannedMonth(), d.sessionAt(),
                d.scheduleNote(), d.venue(), d.format(), d.formatNote(),
                isEmpty(d.agenda()) ? t.agenda().stream().map(a -> new PlanDraft.AgendaItemInput(null, a.title(), a.responsible())).toList()
                        : d.agenda(),
                d.agendaNote(),
                isEmpty(d.composition()) ? t.composition().stream()
                        .map(c -> new PlanDraft.CompositionInput(null, c.level(), c.description(), c.targetCount())).toList()
                        : d.composition(),
                tasks, d.invitationRule() != null ? d.invitationRule() : t.invitationRule(),
                d.citizenInvitationRule() != null ? d.citizenInvitationRule() : t.citizenInvitationRule());
    }

    /**
     * The one unit of this kind that serves the issuing unit: itself; for a locality (ward, commune, town) one
     * of its own units (phường Ba Đồn's People's Committee); for a body, one of its units or a sibling in the
     * same locality (the Thị ủy's People's Committee). None when there is not exactly one ("the ward Party
     * committees"): the office picks.
     */
    String ownerFor(OrgUnitKind kind, OrgUnit issuing) {
        if (issuing == null || kind == null) {
            return null;
        }
        if (issuing.kind() == kind) {
            return issuing.code();
        }
        boolean locality = OrgUnitKind.LOCALITIES.contains(issuing.kind());
        OrgUnit peersUnder = locality ? issuing : issuing.parent();
        List<OrgUnit> candidates = em.createQuery(
                "from OrgUnit u where u.kind = :kind and (u.parent = :issuing or u.parent = :peersUnder)", OrgUnit.class)
                .setParameter("kind", kind).setParameter("issuing", issuing).setParameter("peersUnder", peersUnder)
                .getResultList();
        return candidates.size() == 1 ? candidates.get(0).code() : null;
    }

    private PlanView saveChanges(Plan plan, Map<String, Object> before, String action) {
        var changes = AuditLog.between(before, PlanViews.snapshot(plan));
        if (!changes.isEmpty()) {
            plan.touch(Instant.now(clock));
            plans.flush();
            audit.record(AUDIT_TYPE, plan.id.toString(), action, changes);
        }
        return view(plan);
    }

    private PlanView view(Plan plan) {
        return PlanViews.full(plan, LocalDate.now(clock), allowedActions(plan), calendar.forBody(plan.bodyId()));
    }

    /** What the caller may do with this plan now, for the client to show only what will work. */
    List<String> allowedActions(Plan plan) {
        List<String> allowed = new ArrayList<>();
        // An overseeing office reads another body's plan and does nothing to it.
        if (!access.mayWrite(plan)) {
            return allowed;
        }
        boolean office = user.hasRole(Role.SECRETARIAT);
        if (office && plan.status == PlanStatus.DRAFT) {
            allowed.add("EDIT");
            allowed.add("DELETE");
        }
        if (office && plan.status.allowsScheduling()) {
            allowed.add("SCHEDULE");
        }
        if (office && plan.status.allowsProgress()) {
            allowed.add("PROGRESS");
        }
        for (PlanAction action : EnumSet.allOf(PlanAction.class)) {
            if (action.startsFrom(plan.status) && action.roles().stream().anyMatch(user::hasRole)) {
                allowed.add(action.name());
            }
        }
        return allowed;
    }


    private static PreparationTask task(Plan plan, long taskId) {
        return plan.tasks.stream().filter(t -> t.id == taskId).findFirst()
                .orElseThrow(() -> DomainException.notFound("plan.task-not-found", taskId));
    }

    private Map<String, Object> parse(String changes) {
        try {
            return json.readValue(changes, new TypeReference<Map<String, Object>>() {
            });
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
