package vn.doithoai.feedback;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.ratelimit.RateLimiter;
import vn.doithoai.common.ratelimit.RateLimits;
import vn.doithoai.common.ratelimit.TrackingCodeLookups;
import vn.doithoai.common.security.Role;
import vn.doithoai.feedback.FeedbackAccess.Intake;
import vn.doithoai.feedback.dto.AnswerRequest;
import vn.doithoai.feedback.dto.AnswerReturnRequest;
import vn.doithoai.feedback.dto.AssignmentRequest;
import vn.doithoai.feedback.dto.ClassificationRequest;
import vn.doithoai.feedback.dto.FeedbackReceipt;
import vn.doithoai.feedback.dto.FeedbackRequest;
import vn.doithoai.feedback.dto.FeedbackTracking;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.privacy.contact.ContactChannel;
import vn.doithoai.privacy.contact.ContactVerifications;
import vn.doithoai.feedback.dto.RejectionRequest;
import vn.doithoai.feedback.dto.SessionAnswerRequest;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.participant.Participation;
import vn.doithoai.participant.PhoneNumbers;
import vn.doithoai.plan.FocusArea;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.ConsentSubject;
import vn.doithoai.privacy.consent.Consents;

/** Feedback items from intake to an approved answer: what citizens, ward officers, units, the office and the chair do with them. */
@ApplicationScoped
public class FeedbackService {

    static final String AUDIT_TYPE = "Feedback";

    /** What a feedback form asks its sender: the name is never public on an item, so only handling it and being contacted. */
    static final java.util.Set<ConsentPurpose> CONSENT_OFFERED = java.util.EnumSet.of(ConsentPurpose.HANDLE_MATTER, ConsentPurpose.CONTACT_ME);
    /** Staff enter what was collected from approval until the session is over; citizens send while the plan is published. */
    private static final Set<PlanStatus> STAFF_INTAKE = EnumSet.of(PlanStatus.APPROVED, PlanStatus.PUBLISHED, PlanStatus.HELD);

    @Inject
    ContactVerifications contacts;

    @Inject
    EntityManager em;

    @Inject
    FeedbackAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    Idempotency idempotency;

    @Inject
    FeedbackAttachments attachments;

    @Inject
    AuditLog audit;

    @Inject
    FeedbackMerges merges;

    @Inject
    FeedbackLinks links;

    @Inject
    Clock clock;

    @Inject
    FeedbackInbox inboxEvents;

    @Inject
    FeedbackPartnerEvents partnerEvents;

    @ConfigProperty(name = "doithoai.feedback.submissions-per-client", defaultValue = "10")
    int submissionsPerClient;

    @ConfigProperty(name = "doithoai.feedback.submission-window", defaultValue = "PT10M")
    Duration submissionWindow;

    @Inject
    TrackingCodeLookups lookups;

    @Inject
    Consents consents;

    @Inject
    RateLimits limits;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = limits.limiter("feedback-submission", submissionsPerClient, submissionWindow);
    }

    /**
     * Takes in one item. Citizens must send an Idempotency-Key and are rate-limited per client address; a retried
     * request replays the first answer and does not count against the limit.
     */
    @Transactional
    public Idempotency.Outcome<FeedbackReceipt> submit(long planId, FeedbackRequest request, String idempotencyKey, String client) {
        Intake intake = access.intake();
        String key = Idempotency.key(idempotencyKey, intake == Intake.PUBLIC);
        return idempotency.once("feedback:" + planId + ":" + access.username(), key, request, FeedbackReceipt.class, () -> {
            if (intake == Intake.PUBLIC) {
                limiter.acquire(client);
            }
            return FeedbackViews.receipt(submitNow(planId, request, intake, false));
        });
    }

    /**
     * An item a speaker raised aloud at the session (phát biểu tại hội nghị), entered by the secretariat from the
     * session's record. The speaker gave their name in public, to the dialogue whose minutes keep it; no form asked them
     * for a consent, so none is required here and none is recorded (a consent sent is recorded as any other).
     */
    @Transactional
    public FeedbackReceipt raisedAtSession(long planId, FeedbackRequest request) {
        return FeedbackViews.receipt(submitNow(planId, request, access.intake(), true));
    }

    private FeedbackItem submitNow(long planId, FeedbackRequest request, Intake intake, boolean spokenAtSession) {
        Plan plan = intakePlan(planId, intake);
        Sent sent = validated(plan, request, intake);
        Consents.Checked consent = consent(request, intake, sent, spokenAtSession);
        Instant now = now();
        var item = new FeedbackItem(plan, newTrackingCode(now), request.kind(), sent.channel(), access.username(), now);
        sent.applyTo(item);
        item.account = access.citizenAccount();
        if (intake == Intake.PARTNER) {
            item.partner = access.partnerClientId();
            item.externalReference = request.externalReference().strip();
        }
        em.persist(item);
        em.flush();
        audit.record(AUDIT_TYPE, item.id.toString(), "submitted", AuditLog.between(Map.of(), snapshot(item)));
        if (consent != null) {
            consents.record(ConsentSubject.FEEDBACK_ITEM, item.id, consent);
        }
        partnerEvents.submitted(item);
        return item;
    }

    /**
     * A partner system's item, named by its own reference: the first send creates it, a re-send reaches the same item
     * (its fields updated while nobody has started on it yet; once the office has, only an identical re-send is taken).
     * Not @Transactional: each try is a transaction of its own, so that when two re-sends arrive at once and the unique key
     * (partner, reference) refuses the second insert, the second try finds the first one's item.
     */
    public PartnerSubmission submitFromPartner(long planId, FeedbackRequest request) {
        if (access.intake() != Intake.PARTNER) {
            throw new ForbiddenException();
        }
        if (request.externalReference() == null || request.externalReference().isBlank()) {
            throw new InvalidInputException(List.of(new Violation("externalReference", "feedback.external-reference-required")));
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> sendFromPartner(planId, request));
        } catch (PersistenceException e) {
            if (!isUniqueKeyViolation(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(() -> sendFromPartner(planId, request));
        }
    }

    /** What a partner's send did: created the item (201) or reached the one its reference names (200). */
    public record PartnerSubmission(FeedbackReceipt receipt, boolean created) {
    }

    private PartnerSubmission sendFromPartner(long planId, FeedbackRequest request) {
        String reference = request.externalReference().strip();
        FeedbackItem existing = em.createQuery("select f from FeedbackItem f where f.partner = :partner and f.externalReference = :reference",
                FeedbackItem.class).setParameter("partner", access.partnerClientId()).setParameter("reference", reference)
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            return new PartnerSubmission(FeedbackViews.receipt(submitNow(planId, request, Intake.PARTNER, false)), true);
        }
        if (!existing.plan.id().equals(planId)) {
            throw DomainException.conflict("feedback.external-reference-of-other-plan", reference, existing.plan.id());
        }
        Plan plan = plans.writable(planId);
        Sent sent = validated(plan, request, Intake.PARTNER);
        Map<String, Object> before = snapshot(existing);
        FeedbackItem probe = new FeedbackItem(plan, existing.trackingCode, request.kind(), sent.channel(), access.username(), existing.createdAt);
        sent.applyTo(probe);
        boolean same = existing.kind == probe.kind && existing.title.equals(probe.title) && existing.content.equals(probe.content)
                && existing.ward == probe.ward && existing.village == probe.village && existing.focusArea == probe.focusArea
                && Objects.equals(existing.submitterName, probe.submitterName)
                && Objects.equals(existing.submitterPhone, probe.submitterPhone)
                && Objects.equals(existing.submitterEmail, probe.submitterEmail);
        if (same) {
            return new PartnerSubmission(FeedbackViews.receipt(existing), false);
        }
        if (existing.status != FeedbackStatus.RECEIVED) {
            throw DomainException.conflict("feedback.partner-item-in-handling", reference, existing.status);
        }
        Consents.Checked consent = consent(request, Intake.PARTNER, sent, false);
        existing.kind = probe.kind;
        sent.applyTo(existing);
        existing.updatedAt = now();
        em.flush();
        audit.record(AUDIT_TYPE, existing.id.toString(), "resent", AuditLog.between(before, snapshot(existing)));
        if (consent != null) {
            consents.record(ConsentSubject.FEEDBACK_ITEM, existing.id, consent);
        }
        partnerEvents.changed(existing, "resent");
        return new PartnerSubmission(FeedbackViews.receipt(existing), false);
    }

    private static boolean isUniqueKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().contains("uq_feedback_partner_reference")) {
                return true;
            }
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getMessage() != null
                    && sql.getMessage().contains("uq_feedback_partner_reference")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sender's consent, checked. An item naming its sender (name, phone, email) or tied to the citizen's own account
     * holds their data: refused without consent. An anonymous item holds none, and a consent sent with it is still
     * recorded.
     */
    private Consents.Checked consent(FeedbackRequest request, Intake intake, Sent sent, boolean spokenAtSession) {
        Consents.Giver giver = switch (intake) {
            case PUBLIC -> Consents.Giver.SELF;
            case PARTNER -> Consents.Giver.PARTNER;
            case WARD, OFFICE -> Consents.Giver.STAFF;
        };
        boolean personal = !spokenAtSession && (sent.submitterName() != null || sent.phone() != null || sent.submitterEmail() != null
                || access.citizenAccount() != null);
        if (personal) {
            return consents.require(request.consent(), CONSENT_OFFERED, giver, "consent.");
        }
        return request.consent() == null ? null : consents.check(request.consent(), CONSENT_OFFERED, giver, "consent.");
    }

    /** What a send says about the item, checked: its channel, place, focus area, participant and sender. */
    private record Sent(FeedbackChannel channel, String title, String content, OrgUnit ward, OrgUnit village, FocusArea area,
            Participation participant, String submitterName, String phone, String submitterEmail) {

        void applyTo(FeedbackItem item) {
            item.title = title;
            item.content = content;
            item.ward = ward != null ? ward : village == null ? null : village.parent();
            item.village = village;
            item.focusArea = area;
            item.participation = participant;
            item.submitterName = submitterName;
            item.submitterPhone = phone;
            item.submitterEmail = submitterEmail;
        }
    }

    private Sent validated(Plan plan, FeedbackRequest request, Intake intake) {
        List<Violation> violations = new ArrayList<>();
        FeedbackChannel channel = channel(request.channel(), intake, violations);
        if (intake != Intake.PARTNER && request.externalReference() != null) {
            violations.add(new Violation("externalReference", "feedback.external-reference-partner-only"));
        }
        OrgUnit ward = intake == Intake.WARD ? ownWard(request.wardCode(), violations)
                : unit(request.wardCode(), "wardCode", OrgUnitKind.WARDS, violations);
        OrgUnit village = unit(request.villageCode(), "villageCode", OrgUnitKind.VILLAGES, violations);
        if (village != null && ward != null && !ward.code().equals(village.parentCode())) {
            violations.add(new Violation("villageCode", "person.village-not-in-ward", village.name(), ward.name()));
        }
        FocusArea area = request.focusAreaId() == null ? null : focusArea(plan, request.focusAreaId(), violations);
        Participation participant = request.participantId() == null ? null : participant(plan, request.participantId(), intake, violations);
        String phone = null;
        if (request.submitterPhone() != null && !request.submitterPhone().isBlank()) {
            phone = PhoneNumbers.normalise(request.submitterPhone()).orElse(null);
            if (phone == null) {
                violations.add(new Violation("submitterPhone", "person.phone-invalid", request.submitterPhone()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Sent(channel, request.title().strip(), request.content().strip(), ward, village, area, participant,
                trim(request.submitterName()), phone, trim(request.submitterEmail()));
    }

    Plan intakePlan(long planId, Intake intake) {
        // Citizens send to any body's published plan; the office and ward officers enter items in their own body's.
        // A partner system sends into its own body's plans, as the office enters items.
        Plan plan = intake == Intake.PUBLIC ? plans.published(planId) : plans.writable(planId);
        boolean open = intake == Intake.PUBLIC ? plan.status() == PlanStatus.PUBLISHED : STAFF_INTAKE.contains(plan.status());
        if (!open) {
            throw DomainException.conflict("feedback.intake-closed", plan.status());
        }
        return plan;
    }

    /** Citizens send online, ward officers enter what their ward collected; the office names the channel. */
    private static FeedbackChannel channel(FeedbackChannel asked, Intake intake, List<Violation> violations) {
        FeedbackChannel only = switch (intake) {
            case PUBLIC -> FeedbackChannel.CITIZEN_ONLINE;
            case WARD -> FeedbackChannel.WARD_COLLECTED;
            case PARTNER -> FeedbackChannel.PARTNER;
            case OFFICE -> null;
        };
        if (only == null) {
            if (asked == null) {
                violations.add(new Violation("channel", "feedback.channel-required"));
            }
            return asked;
        }
        if (asked != null && asked != only) {
            violations.add(new Violation("channel", "feedback.channel-not-allowed", asked));
        }
        return only;
    }

    private OrgUnit ownWard(String asked, List<Violation> violations) {
        String own = access.wardCode();
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            violations.add(new Violation("wardCode", "feedback.ward-out-of-scope"));
            return null;
        }
        return own == null ? null : orgUnits.find(own).orElse(null);
    }

    private OrgUnit unit(String code, String field, Set<OrgUnitKind> kinds, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var unit = orgUnits.find(code.strip());
        if (unit.isEmpty()) {
            violations.add(new Violation(field, "orgunit.not-found", code));
            return null;
        }
        if (!kinds.contains(unit.get().kind())) {
            violations.add(new Violation(field, "person.wrong-unit-kind", unit.get().name()));
            return null;
        }
        return unit.get();
    }

    private FocusArea focusArea(Plan plan, long id, List<Violation> violations) {
        var area = em.createQuery("select a from FocusArea a where a.id = :id and a.plan = :plan", FocusArea.class)
                .setParameter("id", id).setParameter("plan", plan).getResultStream().findFirst();
        if (area.isEmpty()) {
            violations.add(new Violation("focusAreaId", "feedback.focus-area-not-in-plan", id));
        }
        return area.orElse(null);
    }

    private Participation participant(Plan plan, long id, Intake intake, List<Violation> violations) {
        if (intake == Intake.PUBLIC || intake == Intake.PARTNER) {
            violations.add(new Violation("participantId", "feedback.participant-not-allowed"));
            return null;
        }
        Participation p = em.find(Participation.class, id);
        boolean ok = p != null && p.plan().id().equals(plan.id())
                && (intake == Intake.OFFICE || p.person().isInWard(access.wardCode() == null ? "" : access.wardCode()));
        if (!ok) {
            violations.add(new Violation("participantId", "feedback.participant-not-found", id));
            return null;
        }
        return p;
    }

    String newTrackingCode(Instant now) {
        return TrackingCodes.unused(now.atZone(clock.getZone()).getYear(), this::taken);
    }

    boolean taken(String code) {
        return !em.createQuery("select f.id from FeedbackItem f where f.trackingCode = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty();
    }

    public FeedbackView get(long id) {
        return view(require(id));
    }

    @Transactional
    public FeedbackView classify(long id, long expectedVersion, ClassificationRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        List<Violation> violations = new ArrayList<>();
        FocusArea area = focusArea(item.plan, request.focusAreaId(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var before = snapshot(item);
        item.classify(area, request.priority(), now());
        return changed(item, "classified", before);
    }

    @Transactional
    public FeedbackView assign(long id, long expectedVersion, AssignmentRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        Units units = units(item.bodyId, request.unitCode(), request.coordinatingUnitCodes());
        var before = snapshot(item);
        item.assign(units.lead(), units.coordinating(), now());
        return changed(item, "assigned", before);
    }

    /** The lead unit and the coordinating units of an assignment. */
    public record Units(OrgUnit lead, List<OrgUnit> coordinating) {
    }

    /**
     * Resolves and checks an assignment's units: bodies that can answer, shared or of the dialogue's body
     * ({@code bodyId}), coordinating ones distinct and not the lead.
     */
    Units units(long bodyId, String leadCode, List<String> coordinatingCodes) {
        List<Violation> violations = new ArrayList<>();
        OrgUnit lead = answering(bodyId, leadCode, "unitCode", violations);
        List<OrgUnit> coordinating = new ArrayList<>();
        List<String> codes = coordinatingCodes == null ? List.of() : coordinatingCodes;
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "coordinatingUnitCodes[" + i + "]";
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            if (code.equals(leadCode == null ? null : leadCode.strip())) {
                violations.add(new Violation(field, "feedback.coordinating-is-lead", code));
            } else if (!seen.add(code)) {
                violations.add(new Violation(field, "feedback.coordinating-duplicate", code));
            } else {
                OrgUnit unit = answering(bodyId, code, field, violations);
                if (unit != null) {
                    coordinating.add(unit);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Units(lead, coordinating);
    }

    private OrgUnit answering(long bodyId, String code, String field, List<Violation> violations) {
        var unit = code == null || code.isBlank() ? java.util.Optional.<OrgUnit>empty() : orgUnits.find(code.strip());
        if (unit.isEmpty()) {
            violations.add(new Violation(field, "orgunit.not-found", code));
            return null;
        }
        if (OrgUnitKind.PLACES.contains(unit.get().kind())) {
            violations.add(new Violation(field, "feedback.unit-not-answering", unit.get().name()));
            return null;
        }
        if (!orgUnits.usableBy(unit.get(), bodyId)) {
            violations.add(new Violation(field, "orgunit.another-bodys", unit.get().name(), unit.get().ownerBody().name()));
            return null;
        }
        return unit.get();
    }

    /** The focus area of a classification, which must be the plan's. */
    FocusArea classificationArea(Plan plan, long areaId) {
        List<Violation> violations = new ArrayList<>();
        FocusArea area = focusArea(plan, areaId, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return area;
    }

    @Transactional
    public FeedbackView reject(long id, long expectedVersion, RejectionRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        item.reject(request.reason().strip(), now());
        return changed(item, "rejected", before);
    }

    /** The unit drafts (its own items only, by scope); the office edits the draft it is reviewing. */
    @Transactional
    public FeedbackView writeAnswer(long id, long expectedVersion, AnswerRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        if (access.has(Role.UNIT)) {
            if (!access.isLeadUnit(item)) {
                // A coordinating unit reads the item; the lead unit drafts.
                throw new DomainException(ProblemKind.FORBIDDEN, "feedback.only-lead-unit-drafts");
            }
            item.draftAnswer(request.text().strip(), access.username(), now());
            return changed(item, "answer-drafted", before);
        }
        item.editAnswer(request.text().strip(), access.username(), now());
        return changed(item, "answer-edited", before);
    }

    /** One step back with a reason: the chair's to the office when the answer awaits approval, otherwise the office's to the unit. */
    @Transactional
    public FeedbackView returnAnswer(long id, long expectedVersion, AnswerReturnRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        boolean byChair = access.has(Role.CHAIR)
                && (!access.has(Role.SECRETARIAT) || item.status == FeedbackStatus.ANSWER_SUBMITTED);
        if (byChair) {
            item.returnToOffice(request.reason().strip(), access.username(), now());
            return changed(item, "answer-returned-to-office", before);
        }
        item.returnToUnit(request.reason().strip(), access.username(), now());
        return changed(item, "answer-returned-to-unit", before);
    }

    @Transactional
    public FeedbackView submitAnswer(long id, long expectedVersion) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        item.submitAnswer(access.username(), now());
        return changed(item, "answer-submitted", before);
    }

    @Transactional
    public FeedbackView approveAnswer(long id, long expectedVersion) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        item.approveAnswer(access.username(), now());
        return changed(item, "answer-approved", before);
    }

    /** The office records that the approved answer was given at the session. */
    @Transactional
    public FeedbackView answeredAtSession(long id, long expectedVersion, SessionAnswerRequest request) {
        FeedbackItem item = requireChangeable(id);
        Versions.check(expectedVersion, item.version);
        var before = snapshot(item);
        String note = request == null ? null : trim(request.note());
        item.answeredAtSession(note, access.username(), now());
        return changed(item, "answered-at-session", before);
    }

    /** Anyone holding the code; a malformed code is answered like an unknown one, and lookups are counted per client, so codes cannot be probed. */
    public FeedbackTracking track(String code, String client) {
        lookups.acquire(client);
        String parsed = TrackingCodes.parse(code);
        if (parsed == null) {
            throw DomainException.notFound("feedback.code-not-found");
        }
        return em.createQuery("select f from FeedbackItem f join fetch f.plan left join fetch f.focusArea where f.trackingCode = :code",
                FeedbackItem.class).setParameter("code", parsed).getResultStream().findFirst().map(FeedbackViews::tracking)
                .orElseThrow(() -> DomainException.notFound("feedback.code-not-found"));
    }

    FeedbackView changed(FeedbackItem item, String action, Map<String, Object> before) {
        em.flush();
        audit.record(AUDIT_TYPE, item.id.toString(), action, AuditLog.between(before, snapshot(item)));
        inboxEvents.changed(item, action, before);
        partnerEvents.changed(item, action);
        return view(item);
    }

    /** One item with its attachments, its group of duplicates and its links to earlier dialogues; lists leave them out. */
    FeedbackView view(FeedbackItem item) {
        FeedbackView view = FeedbackViews.of(item, access, attachments.of(item)).withDetails(merges.group(item), links.of(item));
        return view.submitterVisible() ? view.withContactConfirmed(contactConfirmed(item)) : view;
    }

    /** Whether the sender confirmed what they left, for this item; null when they left no contact at all. */
    private FeedbackView.ContactConfirmed contactConfirmed(FeedbackItem item) {
        boolean phone = item.submitterPhone != null && !item.submitterPhone.isBlank();
        boolean email = item.submitterEmail != null && !item.submitterEmail.isBlank();
        if (!phone && !email) {
            return null;
        }
        return new FeedbackView.ContactConfirmed(
                phone ? contacts.isConfirmedForItem(ContactChannel.SMS, item.submitterPhone, item.id, item.account) : null,
                email ? contacts.isConfirmedForItem(ContactChannel.EMAIL, item.submitterEmail, item.id, item.account) : null);
    }

    FeedbackItem require(long id) {
        FeedbackItem item = em.find(FeedbackItem.class, id);
        if (item == null) {
            throw DomainException.notFound("feedback.not-found", id);
        }
        access.requireVisible(item);
        return item;
    }

    /** The item, for a change by the caller: of their own body (an overseeing office reads and never changes). */
    FeedbackItem requireChangeable(long id) {
        FeedbackItem item = require(id);
        access.requireChangeable(item);
        return item;
    }

    Instant now() {
        // Stored to the microsecond: the list's cursor must compare equal to what the database holds.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Map<String, Object> snapshot(FeedbackItem f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("trackingCode", f.trackingCode);
        s.put("kind", f.kind);
        s.put("channel", f.channel);
        s.put("status", f.status);
        s.put("title", f.title);
        s.put("content", f.content);
        s.put("ward", f.ward == null ? null : f.ward.code());
        s.put("village", f.village == null ? null : f.village.code());
        s.put("focusAreaId", f.focusArea == null ? null : f.focusArea.id());
        s.put("participantId", f.participation == null ? null : f.participation.id());
        s.put("submitterName", f.submitterName);
        s.put("submitterPhone", f.submitterPhone);
        s.put("submitterEmail", f.submitterEmail);
        s.put("account", f.account);
        s.put("unit", f.unit == null ? null : f.unit.code());
        s.put("coordinatingUnits", f.coordinatingUnits.stream().map(OrgUnit::code).toList());
        s.put("priority", f.priority);
        s.put("rejectReason", f.rejectReason);
        s.put("answerText", f.answerText);
        s.put("answerReturnReason", f.answerReturnReason);
        s.put("sessionNote", f.sessionNote);
        return s;
    }
}
