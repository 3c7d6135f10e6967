package vn.doithoai.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackService;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.feedback.dto.FeedbackRequest;
import vn.doithoai.feedback.dto.SessionAnswerRequest;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.Participation;
import vn.doithoai.participant.RsvpStatus;
import vn.doithoai.plan.AgendaItem;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanAction;
import vn.doithoai.plan.PlanService;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.dto.PlanCommands;
import vn.doithoai.session.dto.SessionCommands;
import vn.doithoai.session.dto.SessionView;
import vn.doithoai.session.dto.SessionView.AgendaProgressView;
import vn.doithoai.session.dto.SessionView.AnswerView;
import vn.doithoai.session.dto.SessionView.RaisedItem;
import vn.doithoai.session.dto.SessionView.SpeakerView;

/**
 * Session mode: the office records the session on the day — agenda progress, the speaking order, what each speaker
 * raised and who answered. Creates carry the device's key (Idempotency-Key), so the office's laptop can resend what
 * it kept while the network was down without anything being recorded twice; state changes carry If-Match.
 */
@ApplicationScoped
public class SessionService {

    static final String AUDIT_TYPE = "Session";
    /** The session is run once the plan is published, and recorded until it is held. */
    private static final Set<PlanStatus> RUNNABLE = EnumSet.of(PlanStatus.PUBLISHED, PlanStatus.HELD);
    /** What was said may still be recorded (a resent answer, a late correction) until the rulings conclude the plan. */
    private static final Set<PlanStatus> RECORDABLE = EnumSet.of(PlanStatus.PUBLISHED, PlanStatus.HELD);
    private static final int TITLE_FROM_CONTENT = 120;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    FeedbackService feedback;

    @Inject
    PlanService plans;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PlanAccess planAccess;

    public SessionView get(long planId) {
        Plan plan = planAccess.readable(planId);
        return view(plan, em.find(SessionRecord.class, planId));
    }

    /**
     * Opens the session once the plan is published or held and its day has come; builds the speaking order from the
     * registered matters. Starting a started session changes nothing (a resent start is harmless).
     */
    @Transactional
    public SessionView start(long planId) {
        Plan plan = planAccess.writableLocked(planId);
        SessionRecord existing = em.find(SessionRecord.class, planId);
        if (existing != null) {
            return view(plan, existing);
        }
        if (!RUNNABLE.contains(plan.status())) {
            throw DomainException.conflict("session.plan-not-published", plan.status());
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        if (plan.sessionDate() == null || plan.sessionDate().isAfter(today)) {
            throw DomainException.conflict("session.not-yet", plan.sessionDate() == null ? "—" : plan.sessionDate());
        }
        Instant now = now();
        var record = new SessionRecord(plan, now);
        em.persist(record);
        int added = addRegistered(planId, now);
        em.flush();
        audit.record(AUDIT_TYPE, Long.toString(planId), "started", AuditLog.changes().field("startedAt", null, now.toString())
                .field("registeredSpeakers", null, added));
        return view(plan, record);
    }

    /** Adds the registered speakers not yet in the order (someone registered after the start); idempotent. */
    @Transactional
    public SessionView addRegisteredSpeakers(long planId) {
        SessionRecord record = requireOpen(planId);
        int added = addRegistered(planId, now());
        if (added > 0) {
            em.flush();
            audit.record(AUDIT_TYPE, Long.toString(planId), "registered-speakers-added", AuditLog.changes().field("added", null, added));
        }
        return view(record.plan, record);
    }

    @Transactional
    public SessionView changeAgenda(long planId, long agendaItemId, long expectedVersion, SessionCommands.AgendaChange change) {
        SessionRecord record = requireOpen(planId);
        Versions.check(expectedVersion, record.version);
        AgendaItem item = em.createQuery("select a from AgendaItem a where a.id = :id and a.plan.id = :plan", AgendaItem.class)
                .setParameter("id", agendaItemId).setParameter("plan", planId).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("session.agenda-item-not-found", agendaItemId));
        Instant now = now();
        AgendaProgress progress = progress(planId, agendaItemId);
        AgendaState from = progress.state;
        Long currentBefore = record.currentAgendaItem == null ? null : record.currentAgendaItem.id();
        switch (change.state()) {
            case IN_PROGRESS -> {
                // One item at a time: starting the next finishes the one under way.
                if (record.currentAgendaItem != null && !record.currentAgendaItem.id().equals(agendaItemId)) {
                    progress(planId, record.currentAgendaItem.id()).finish(now);
                }
                progress.start(now);
                record.currentAgendaItem = item;
            }
            case DONE -> {
                progress.finish(now);
                if (record.currentAgendaItem != null && record.currentAgendaItem.id().equals(agendaItemId)) {
                    record.currentAgendaItem = null;
                }
            }
            case PENDING -> {
                progress.reset();
                if (record.currentAgendaItem != null && record.currentAgendaItem.id().equals(agendaItemId)) {
                    record.currentAgendaItem = null;
                }
            }
        }
        record.touch(now);
        em.flush();
        audit.record(AUDIT_TYPE, Long.toString(planId), "agenda-" + change.state().name().toLowerCase(), AuditLog.changes()
                .field("agendaItem", null, agendaItemId).field("state", from, progress.state)
                .field("currentAgendaItem", currentBefore, record.currentAgendaItem == null ? null : record.currentAgendaItem.id()));
        return view(record.plan, record);
    }

    /** Someone asks to speak from the floor: added at the end of the order. */
    @Transactional
    public Idempotency.Outcome<SpeakerView> addFloorSpeaker(long planId, String idempotencyKey, SessionCommands.FloorSpeaker request) {
        String key = clientKey(idempotencyKey);
        return idempotency.once(scope(planId), key, request, SpeakerView.class, () -> byKey(SessionSpeaker.class, planId, key)
                .map(s -> speakerView(s, channels(s.items)))
                .orElseGet(() -> {
                    requireRecordable(planId);
                    Participation participation = request.participationId() == null ? null
                            : participation(planId, request.participationId(), "participationId");
                    Instant now = now();
                    var speaker = new SessionSpeaker(planId, nextSeq(planId), SpeakerSource.FLOOR, request.name().strip(), user.username(), now);
                    speaker.affiliation = trim(request.affiliation());
                    speaker.participation = participation;
                    speaker.clientKey = key;
                    em.persist(speaker);
                    em.flush();
                    audit.record(AUDIT_TYPE, Long.toString(planId), "speaker-added", AuditLog.between(Map.of(), snapshot(speaker)));
                    return speakerView(speaker, Map.of());
                }));
    }

    @Transactional
    public SessionView reorder(long planId, long expectedVersion, SessionCommands.SpeakerOrder order) {
        SessionRecord record = requireOpen(planId);
        Versions.check(expectedVersion, record.version);
        List<SessionSpeaker> speakers = speakers(planId);
        Set<Long> ids = new HashSet<>(order.speakerIds());
        Set<Long> existing = new HashSet<>(speakers.stream().map(SessionSpeaker::id).toList());
        if (ids.size() != order.speakerIds().size() || !ids.equals(existing)) {
            throw InvalidInputException.of("speakerIds", "session.order-incomplete", existing.size());
        }
        List<Long> before = speakers.stream().map(SessionSpeaker::id).toList();
        Map<Long, SessionSpeaker> byId = new HashMap<>();
        speakers.forEach(s -> byId.put(s.id, s));
        Instant now = now();
        for (int i = 0; i < order.speakerIds().size(); i++) {
            SessionSpeaker s = byId.get(order.speakerIds().get(i));
            if (s.seq != i + 1) {
                s.seq = i + 1;
                s.updatedAt = now;
            }
        }
        record.touch(now);
        em.flush();
        audit.record(AUDIT_TYPE, Long.toString(planId), "speakers-reordered", AuditLog.changes().field("order", before, order.speakerIds()));
        return view(record.plan, record);
    }

    /** "Mời người tiếp theo": the speaker speaking is done, the first one waiting speaks. */
    @Transactional
    public SessionView callNext(long planId, long expectedVersion) {
        SessionRecord record = requireOpen(planId);
        Versions.check(expectedVersion, record.version);
        List<SessionSpeaker> speakers = speakers(planId);
        SessionSpeaker next = speakers.stream().filter(s -> s.status == SpeakerStatus.WAITING).findFirst()
                .orElseThrow(() -> DomainException.conflict("session.no-one-waiting"));
        Instant now = now();
        for (SessionSpeaker s : speakers) {
            if (s.status == SpeakerStatus.SPEAKING) {
                var before = snapshot(s);
                s.moveTo(SpeakerStatus.DONE, now);
                audit.record(AUDIT_TYPE, Long.toString(planId), "speaker-done", AuditLog.between(before, snapshot(s)));
            }
        }
        var before = snapshot(next);
        next.moveTo(SpeakerStatus.SPEAKING, now);
        record.touch(now);
        em.flush();
        audit.record(AUDIT_TYPE, Long.toString(planId), "speaker-called", AuditLog.between(before, snapshot(next)));
        return view(record.plan, record);
    }

    /** The office moves one speaker on (speaking, done, skipped, or back to waiting after a skip), with a note. */
    @Transactional
    public SessionView changeSpeaker(long planId, long speakerId, long expectedVersion, SessionCommands.SpeakerStatusChange change) {
        SessionRecord record = requireOpen(planId);
        SessionSpeaker speaker = speaker(planId, speakerId);
        Versions.check(expectedVersion, speaker.version);
        Instant now = now();
        if (change.status() == SpeakerStatus.SPEAKING) {
            // One speaker at a time.
            speakers(planId).stream().filter(s -> s.status == SpeakerStatus.SPEAKING && !s.id.equals(speakerId)).forEach(s -> {
                var before = snapshot(s);
                s.moveTo(SpeakerStatus.DONE, now);
                audit.record(AUDIT_TYPE, Long.toString(planId), "speaker-done", AuditLog.between(before, snapshot(s)));
            });
        }
        var before = snapshot(speaker);
        boolean moved = speaker.moveTo(change.status(), now);
        String summary = trim(change.summary());
        if (summary != null && !summary.equals(speaker.summary)) {
            speaker.summary = summary;
            speaker.updatedAt = now;
            moved = true;
        }
        if (moved) {
            record.touch(now);
            em.flush();
            audit.record(AUDIT_TYPE, Long.toString(planId), "speaker-" + change.status().name().toLowerCase(),
                    AuditLog.between(before, snapshot(speaker)));
        }
        return view(record.plan, record);
    }

    /**
     * What a speaker raised: an existing item of the plan, or a new item with channel AT_SESSION entered through the
     * feedback intake (so it is numbered, tracked and audited like any other), linked to the participant when known.
     */
    @Transactional
    public Idempotency.Outcome<SpeakerView> raise(long planId, String idempotencyKey, SessionCommands.RaiseItem request) {
        String key = clientKey(idempotencyKey);
        return idempotency.once(scope(planId), key, request, SpeakerView.class, () -> {
            requireRecordable(planId);
            SessionSpeaker speaker = speakerOf(planId, request.speakerId(), request.speakerKey());
            FeedbackItem item;
            if (request.feedbackId() != null) {
                item = em.createQuery("select f from FeedbackItem f where f.id = :id and f.plan.id = :plan and f.mergedInto is null",
                        FeedbackItem.class).setParameter("id", request.feedbackId()).setParameter("plan", planId).getResultStream()
                        .findFirst().orElseThrow(() -> InvalidInputException.of("feedbackId", "session.item-not-in-plan", request.feedbackId()));
            } else {
                String content = trim(request.content());
                if (content == null) {
                    throw InvalidInputException.of("content", "session.item-content-required");
                }
                String title = trim(request.title());
                if (title == null) {
                    title = content.length() <= TITLE_FROM_CONTENT ? content : content.substring(0, TITLE_FROM_CONTENT - 1).strip() + "…";
                }
                Participation p = speaker.participation;
                var receipt = feedback.raisedAtSession(planId, new FeedbackRequest(request.kind() == null ? FeedbackKind.OPINION : request.kind(),
                        FeedbackChannel.AT_SESSION, title, content,
                        p != null && p.person().ward() != null ? p.person().ward().code() : null, null, null,
                        p == null ? null : p.id(), speaker.name, null, null, null, null));
                item = em.find(FeedbackItem.class, receipt.id());
            }
            var before = snapshot(speaker);
            if (speaker.raise(item, now())) {
                em.flush();
                audit.record(AUDIT_TYPE, Long.toString(planId), "item-raised", AuditLog.between(before, snapshot(speaker)));
            }
            return speakerView(speaker, channels(speaker.items));
        });
    }

    /**
     * Who answered what. On an item whose answer the chair approved, it may also mark the item answered at the
     * session through the feedback workflow; on any other item the answer is simply recorded.
     */
    @Transactional
    public Idempotency.Outcome<AnswerView> answer(long planId, String idempotencyKey, SessionCommands.Answer request) {
        String key = clientKey(idempotencyKey);
        return idempotency.once(scope(planId), key, request, AnswerView.class, () -> byKey(SessionAnswer.class, planId, key)
                .map(SessionService::answerView)
                .orElseGet(() -> {
                    requireRecordable(planId);
                    SessionSpeaker speaker = request.speakerId() == null && trim(request.speakerKey()) == null ? null
                            : speakerOf(planId, request.speakerId(), request.speakerKey());
                    List<Violation> violations = new ArrayList<>();
                    FeedbackItem item = null;
                    if (request.feedbackId() != null) {
                        item = em.createQuery("select f from FeedbackItem f where f.id = :id and f.plan.id = :plan", FeedbackItem.class)
                                .setParameter("id", request.feedbackId()).setParameter("plan", planId).getResultStream().findFirst().orElse(null);
                        if (item == null) {
                            violations.add(new Violation("feedbackId", "session.item-not-in-plan", request.feedbackId()));
                        }
                    }
                    OrgUnit unit = null;
                    if (trim(request.unitCode()) != null) {
                        unit = orgUnits.find(request.unitCode().strip()).orElse(null);
                        if (unit == null) {
                            violations.add(new Violation("unitCode", "orgunit.not-found", request.unitCode()));
                        }
                    }
                    if (!violations.isEmpty()) {
                        throw new InvalidInputException(violations);
                    }
                    Instant now = now();
                    var answer = new SessionAnswer(planId, request.answeredBy().strip(), request.content().strip(), user.username(), now);
                    answer.speaker = speaker;
                    answer.item = item;
                    answer.unit = unit;
                    answer.clientKey = key;
                    em.persist(answer);
                    em.flush();
                    audit.record(AUDIT_TYPE, Long.toString(planId), "answered", AuditLog.between(Map.of(), snapshot(answer)));
                    if (item != null && Boolean.TRUE.equals(request.markItemAnswered()) && item.status() == FeedbackStatus.ANSWER_APPROVED) {
                        long version = em.createQuery("select f.version from FeedbackItem f where f.id = :id", Long.class)
                                .setParameter("id", item.id()).getSingleResult();
                        String note = answer.answeredBy + ": " + answer.content;
                        feedback.answeredAtSession(item.id(), version, new SessionAnswerRequest(note.length() > 4000 ? note.substring(0, 4000) : note));
                    }
                    return answerView(answer);
                }));
    }

    /** Closes the session; offers the plan's own HOLD action when the plan is still published. */
    @Transactional
    public SessionView end(long planId, long expectedVersion, SessionCommands.End request) {
        SessionRecord record = requireOpen(planId);
        Versions.check(expectedVersion, record.version);
        Instant now = now();
        for (SessionSpeaker s : speakers(planId)) {
            if (s.status == SpeakerStatus.SPEAKING) {
                s.moveTo(SpeakerStatus.DONE, now);
            }
        }
        if (record.currentAgendaItem != null) {
            progress(planId, record.currentAgendaItem.id()).finish(now);
        }
        record.end(now);
        em.flush();
        audit.record(AUDIT_TYPE, Long.toString(planId), "ended", AuditLog.changes().field("endedAt", null, now.toString()));
        if (request != null && Boolean.TRUE.equals(request.markPlanHeld()) && record.plan.status() == PlanStatus.PUBLISHED) {
            plans.transition(planId, record.plan.version(), new PlanCommands.Transition(PlanAction.HOLD, null, null));
        }
        return view(record.plan, record);
    }

    // --- rules and look-ups ---

    /** Participants who registered a matter to raise, or on whose behalf the office entered items; not those who declined. */
    private int addRegistered(long planId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select p, pe.fullName, pe.title, v.name, w.name from Participation p join p.person pe "
                + "left join pe.village v left join pe.ward w where p.plan.id = :plan and p.rsvp <> :declined "
                + "and ((p.matter is not null and trim(p.matter) <> '') or exists (select f.id from FeedbackItem f where f.participation = p "
                + "and f.status <> :rejected and f.mergedInto is null)) "
                + "and not exists (select s.id from SessionSpeaker s where s.planId = :plan and s.participation = p) order by p.id")
                .setParameter("plan", planId).setParameter("declined", RsvpStatus.DECLINED).setParameter("rejected", FeedbackStatus.REJECTED)
                .getResultList();
        int seq = nextSeq(planId);
        for (Object[] row : rows) {
            Participation p = (Participation) row[0];
            var speaker = new SessionSpeaker(planId, seq++, SpeakerSource.REGISTERED, (String) row[1], user.username(), now);
            speaker.participation = p;
            speaker.affiliation = row[2] != null ? (String) row[2] : join((String) row[3], (String) row[4]);
            em.createQuery("select f from FeedbackItem f where f.participation = :p and f.status <> :rejected and f.mergedInto is null "
                    + "order by f.id", FeedbackItem.class).setParameter("p", p).setParameter("rejected", FeedbackStatus.REJECTED)
                    .getResultList().forEach(speaker.items::add);
            em.persist(speaker);
        }
        return rows.size();
    }

    private static String join(String village, String ward) {
        if (village == null) {
            return ward;
        }
        return ward == null ? village : village + ", " + ward;
    }

    private int nextSeq(long planId) {
        Integer last = em.createQuery("select max(s.seq) from SessionSpeaker s where s.planId = :plan", Integer.class)
                .setParameter("plan", planId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private Participation participation(long planId, long id, String field) {
        Participation p = em.find(Participation.class, id);
        if (p == null || !p.plan().id().equals(planId)) {
            throw InvalidInputException.of(field, "session.participant-not-found", id);
        }
        return p;
    }

    private SessionSpeaker speakerOf(long planId, Long id, String key) {
        if (id != null) {
            return speaker(planId, id);
        }
        String k = trim(key);
        if (k == null) {
            throw InvalidInputException.of("speakerId", "session.speaker-required");
        }
        return byKey(SessionSpeaker.class, planId, k).orElseThrow(() -> InvalidInputException.of("speakerKey", "session.speaker-key-unknown"));
    }

    private SessionSpeaker speaker(long planId, long id) {
        SessionSpeaker s = em.find(SessionSpeaker.class, id);
        if (s == null || !s.planId.equals(planId)) {
            throw DomainException.notFound("session.speaker-not-found", id);
        }
        return s;
    }

    private <T> Optional<T> byKey(Class<T> type, long planId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.planId = :plan and x.clientKey = :key", type)
                .setParameter("plan", planId).setParameter("key", key).getResultStream().findFirst();
    }

    private List<SessionSpeaker> speakers(long planId) {
        return em.createQuery("select s from SessionSpeaker s where s.planId = :plan order by s.seq, s.id", SessionSpeaker.class)
                .setParameter("plan", planId).getResultList();
    }

    private AgendaProgress progress(long planId, long agendaItemId) {
        AgendaProgress p = em.find(AgendaProgress.class, new AgendaProgress.Key(planId, agendaItemId));
        if (p == null) {
            p = new AgendaProgress(planId, agendaItemId);
            em.persist(p);
        }
        return p;
    }

    /** The session of a plan of the caller's own body, for recording it: only the office that runs it records. */
    private SessionRecord requireStarted(long planId) {
        planAccess.writable(planId);
        SessionRecord record = em.find(SessionRecord.class, planId);
        if (record == null) {
            throw DomainException.conflict("session.not-started");
        }
        return record;
    }

    /** Running the session (agenda, order, statuses) stops when it ends. */
    private SessionRecord requireOpen(long planId) {
        SessionRecord record = requireStarted(planId);
        record.requireOpen();
        return record;
    }

    /**
     * Speakers, items and answers are still taken after the end while the plan is not concluded: what the office's
     * laptop kept while offline arrives late and must not be lost.
     */
    private SessionRecord requireRecordable(long planId) {
        SessionRecord record = requireStarted(planId);
        if (!RECORDABLE.contains(record.plan.status())) {
            throw DomainException.conflict("session.plan-closed", record.plan.status());
        }
        return record;
    }

    private static String scope(long planId) {
        return "session:" + planId;
    }

    /** The device's key: the Idempotency-Key header, kept on the row too (at most 64 characters). */
    private static String clientKey(String header) {
        String key = Idempotency.key(header, false);
        if (key != null && key.length() > 64) {
            throw InvalidInputException.of(Idempotency.HEADER, "session.key-too-long", 64);
        }
        return key;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- views ---

    private SessionView view(Plan plan, SessionRecord record) {
        long planId = plan.id();
        Map<Long, AgendaProgress> progress = new HashMap<>();
        if (record != null) {
            em.createQuery("select p from AgendaProgress p where p.key.planId = :plan", AgendaProgress.class).setParameter("plan", planId)
                    .getResultList().forEach(p -> progress.put(p.key.agendaItemId, p));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> agendaRows = em.createQuery("select a.id, a.position, a.title, a.responsible from AgendaItem a where a.plan.id = :plan "
                + "order by a.position").setParameter("plan", planId).getResultList();
        List<AgendaProgressView> agenda = agendaRows.stream().map(r -> {
            AgendaProgress p = progress.get((Long) r[0]);
            return new AgendaProgressView((Long) r[0], (Integer) r[1], (String) r[2], (String) r[3],
                    p == null ? AgendaState.PENDING : p.state, p == null ? null : p.startedAt, p == null ? null : p.endedAt);
        }).toList();
        List<SessionSpeaker> speakers = record == null ? List.of() : speakers(planId);
        Map<Long, FeedbackChannel> channels = channels(speakers.stream().flatMap(s -> s.items.stream()).toList());
        List<SpeakerView> speakerViews = speakers.stream().map(s -> speakerView(s, channels)).toList();
        List<AnswerView> answers = record == null ? List.of()
                : em.createQuery("select a from SessionAnswer a where a.planId = :plan order by a.createdAt, a.id", SessionAnswer.class)
                        .setParameter("plan", planId).getResultList().stream().map(SessionService::answerView).toList();
        int itemsRaised = (int) speakerViews.stream().mapToLong(s -> s.items().size()).sum();
        int newItems = (int) speakerViews.stream().flatMap(s -> s.items().stream()).filter(RaisedItem::newAtSession).count();
        var counts = new SessionView.Counts(speakerViews.size(),
                (int) speakerViews.stream().filter(s -> s.status() == SpeakerStatus.DONE).count(),
                (int) speakerViews.stream().filter(s -> s.status() == SpeakerStatus.WAITING).count(), itemsRaised, newItems, answers.size(),
                (int) agenda.stream().filter(a -> a.state() == AgendaState.DONE).count());
        return new SessionView(planId, plan.status(), plan.sessionDate(), record != null, record == null ? null : record.startedAt,
                record == null ? null : record.endedAt, record == null || record.currentAgendaItem == null ? null : record.currentAgendaItem.id(),
                agenda, speakerViews, answers, counts, record == null ? 0 : record.version);
    }

    private Map<Long, FeedbackChannel> channels(List<FeedbackItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        Map<Long, FeedbackChannel> channels = new HashMap<>();
        em.createQuery("select f.id, f.channel from FeedbackItem f where f.id in :ids", Object[].class)
                .setParameter("ids", items.stream().map(FeedbackItem::id).toList()).getResultList()
                .forEach(r -> channels.put((Long) r[0], (FeedbackChannel) r[1]));
        return channels;
    }

    private static SpeakerView speakerView(SessionSpeaker s, Map<Long, FeedbackChannel> channels) {
        return new SpeakerView(s.id, s.seq, s.participation == null ? null : s.participation.id(), s.name, s.affiliation, s.source, s.status,
                s.startedAt, s.endedAt, s.summary, s.clientKey,
                s.items.stream().map(f -> new RaisedItem(f.id(), f.trackingCode(), f.title(), f.status(),
                        channels.get(f.id()) == FeedbackChannel.AT_SESSION)).toList(), s.version);
    }

    static AnswerView answerView(SessionAnswer a) {
        return new AnswerView(a.id, a.speaker == null ? null : a.speaker.id, a.item == null ? null : a.item.id(),
                a.item == null ? null : a.item.trackingCode(), a.answeredBy, a.unit == null ? null : OrgUnitRef.of(a.unit), a.content,
                a.clientKey, a.createdAt, a.item == null ? null : a.item.status());
    }

    private static Map<String, Object> snapshot(SessionSpeaker s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("speaker", s.id);
        m.put("seq", s.seq);
        m.put("name", s.name);
        m.put("affiliation", s.affiliation);
        m.put("source", s.source);
        m.put("participation", s.participation == null ? null : s.participation.id());
        m.put("status", s.status);
        m.put("summary", s.summary);
        m.put("feedbackIds", s.items.stream().map(FeedbackItem::id).toList());
        return m;
    }

    private static Map<String, Object> snapshot(SessionAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answer", a.id);
        m.put("speaker", a.speaker == null ? null : a.speaker.id);
        m.put("feedbackId", a.item == null ? null : a.item.id());
        m.put("answeredBy", a.answeredBy);
        m.put("unit", a.unit == null ? null : a.unit.code());
        m.put("content", a.content);
        return m;
    }
}
