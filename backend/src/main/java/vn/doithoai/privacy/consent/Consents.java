package vn.doithoai.privacy.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.privacy.consent.dto.ConsentInput;
import vn.doithoai.privacy.consent.dto.ConsentView;

/**
 * Consents per purpose for the records holding a person's data. The feature owning the record has decided, through its
 * Access class, that the caller may act on it; this class checks what the consent says and records it.
 */
@ScopeDecidedElsewhere("The feature owning the record (feedback, participants) decides through its Access class who may act on it")
@ApplicationScoped
public class Consents {

    public static final String AUDIT_TYPE = "consent";

    @Inject
    EntityManager em;

    @Inject
    PrivacyNotices notices;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    @Inject
    Event<ConsentChanged> changed;

    /** Who is giving the consent, which decides its channel. */
    public enum Giver {
        /** The person themselves online: ONLINE. */
        SELF,
        /** Staff entering on the person's behalf: the channel they name. */
        STAFF,
        /** A partner system, which collected it under its own notice: PARTNER. */
        PARTNER
    }

    /** A consent checked against the form: what to record once the record holding the data exists. */
    public record Checked(int noticeVersion, Set<ConsentPurpose> offered, Set<ConsentPurpose> given, ConsentChannel channel) {
    }

    /**
     * The rule of the law (Luật Bảo vệ dữ liệu cá nhân 2025, 91/2025/QH15): a person's data is taken in only with their
     * consent. A request carrying personal data without one is refused before anything is written; {@code field} as for
     * {@link #check}.
     */
    public Checked require(ConsentInput input, Set<ConsentPurpose> offered, Giver giver, String field) {
        if (input == null) {
            throw InvalidInputException.of(field.endsWith(".") ? field.substring(0, field.length() - 1) : field, "consent.required");
        }
        return check(input, offered, giver, field);
    }

    /**
     * Checks a form's consent before anything is written. {@code field} prefixes the violations ("consent." or
     * "items[3].consent."); the form offered {@code offered}.
     */
    public Checked check(ConsentInput input, Set<ConsentPurpose> offered, Giver giver, String field) {
        List<Violation> violations = new ArrayList<>();
        if (!notices.exists(input.noticeVersion())) {
            violations.add(new Violation(field + "noticeVersion", "consent.notice-unknown", input.noticeVersion()));
        }
        Set<ConsentPurpose> given = new HashSet<>(input.purposes());
        for (ConsentPurpose p : given) {
            if (!offered.contains(p)) {
                violations.add(new Violation(field + "purposes", "consent.purpose-not-offered", p));
            }
        }
        if (!given.contains(ConsentPurpose.HANDLE_MATTER)) {
            violations.add(new Violation(field + "purposes", "consent.handle-matter-required"));
        }
        ConsentChannel channel = switch (giver) {
            case SELF -> ConsentChannel.ONLINE;
            case PARTNER -> ConsentChannel.PARTNER;
            case STAFF -> {
                if (input.channel() == null || !ConsentChannel.ON_BEHALF.contains(input.channel())) {
                    violations.add(new Violation(field + "channel", "consent.channel-required"));
                }
                yield input.channel();
            }
        };
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(input.noticeVersion(), offered, given, channel);
    }

    /** Records each purpose the form offered for the record: given or refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ConsentSubject type, long id, Checked checked) {
        Instant now = Instant.now(clock);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (!checked.offered().contains(purpose)) {
                continue;
            }
            Consent c = find(type, id, purpose);
            boolean wasActive = c != null && c.active();
            if (c == null) {
                c = new Consent();
                c.subjectType = type;
                c.subjectId = id;
                c.purpose = purpose;
            }
            Map<String, Object> before = snapshot(c);
            c.given = checked.given().contains(purpose);
            c.noticeVersion = checked.noticeVersion();
            c.channel = checked.channel();
            c.recordedBy = user.username();
            c.recordedAt = now;
            c.withdrawnAt = null;
            c.withdrawnBy = null;
            c.withdrawalChannel = null;
            if (c.id == null) {
                em.persist(c);
            }
            audit.record(AUDIT_TYPE, type + ":" + id, "recorded", AuditLog.between(before, snapshot(c)));
            if (wasActive != c.active()) {
                changed.fire(new ConsentChanged(type, id, purpose, c.active()));
            }
        }
    }

    /** Staff record a purpose the person gave after their data was taken (or gave again after a withdrawal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentView> give(ConsentSubject type, long id, ConsentPurpose purpose, int noticeVersion, ConsentChannel channel) {
        List<Violation> violations = new ArrayList<>();
        if (!notices.exists(noticeVersion)) {
            violations.add(new Violation("noticeVersion", "consent.notice-unknown", noticeVersion));
        }
        if (!ConsentChannel.ON_BEHALF.contains(channel)) {
            violations.add(new Violation("channel", "consent.channel-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Consent c = find(type, id, purpose);
        if (c == null || !c.active()) {
            record(type, id, new Checked(noticeVersion, Set.of(purpose), Set.of(purpose), channel));
        }
        return list(type, id);
    }

    /**
     * The person takes a purpose back: what it allowed stops from now on. The person themselves withdraws ONLINE; staff
     * say how the person asked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentView> withdraw(ConsentSubject type, long id, ConsentPurpose purpose, Giver by, ConsentChannel asked) {
        ConsentChannel channel = by == Giver.SELF ? ConsentChannel.ONLINE : asked;
        if (by == Giver.STAFF && (asked == null || !ConsentChannel.ON_BEHALF.contains(asked) || asked == ConsentChannel.ORGANISATION_REPORT)) {
            throw InvalidInputException.of("channel", "consent.channel-required");
        }
        Consent c = find(type, id, purpose);
        if (c == null || !c.active()) {
            throw DomainException.conflict("consent.not-active", purpose);
        }
        Map<String, Object> before = snapshot(c);
        c.withdrawnAt = Instant.now(clock);
        c.withdrawnBy = user.username();
        c.withdrawalChannel = channel;
        audit.record(AUDIT_TYPE, type + ":" + id, "withdrawn", AuditLog.between(before, snapshot(c)));
        changed.fire(new ConsentChanged(type, id, purpose, false));
        return list(type, id);
    }

    /** The record's consents, in the purposes' order. */
    public List<ConsentView> list(ConsentSubject type, long id) {
        return em.createQuery("from Consent where subjectType = :type and subjectId = :id", Consent.class)
                .setParameter("type", type).setParameter("id", id).getResultStream()
                .sorted(Comparator.comparing((Consent c) -> c.purpose))
                .map(Consents::view).toList();
    }

    /**
     * Of these records, those whose person must not be contacted: the form asked and they refused, or they withdrew.
     * Records taken in before consents were asked for have no row and stay contactable, as they were.
     */
    public Set<Long> notToContact(ConsentSubject type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.subjectId from Consent c where c.subjectType = :type and c.subjectId in :ids "
                + "and c.purpose = :purpose and (c.given = false or c.withdrawnAt is not null)", Long.class)
                .setParameter("type", type).setParameter("ids", ids).setParameter("purpose", ConsentPurpose.CONTACT_ME)
                .getResultList());
    }

    /** A waiting registration became a person's record: its consents, as given, become the person's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryOver(ConsentSubject fromType, long fromId, ConsentSubject toType, long toId) {
        for (Consent from : em.createQuery("from Consent where subjectType = :type and subjectId = :id", Consent.class)
                .setParameter("type", fromType).setParameter("id", fromId).getResultList()) {
            Consent to = find(toType, toId, from.purpose);
            boolean wasActive = to != null && to.active();
            if (to == null) {
                to = new Consent();
                to.subjectType = toType;
                to.subjectId = toId;
                to.purpose = from.purpose;
            }
            Map<String, Object> before = snapshot(to);
            to.given = from.given;
            to.noticeVersion = from.noticeVersion;
            to.channel = from.channel;
            to.recordedBy = from.recordedBy;
            to.recordedAt = from.recordedAt;
            to.withdrawnAt = from.withdrawnAt;
            to.withdrawnBy = from.withdrawnBy;
            to.withdrawalChannel = from.withdrawalChannel;
            if (to.id == null) {
                em.persist(to);
            }
            audit.record(AUDIT_TYPE, toType + ":" + toId, "carried-over", AuditLog.between(before, snapshot(to)));
            if (wasActive != to.active()) {
                changed.fire(new ConsentChanged(toType, toId, to.purpose, to.active()));
            }
        }
    }

    private Consent find(ConsentSubject type, long id, ConsentPurpose purpose) {
        return em.createQuery("from Consent where subjectType = :type and subjectId = :id and purpose = :purpose", Consent.class)
                .setParameter("type", type).setParameter("id", id).setParameter("purpose", purpose)
                .getResultStream().findFirst().orElse(null);
    }

    private static Map<String, Object> snapshot(Consent c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("purpose", c.purpose);
        s.put("given", c.given);
        s.put("noticeVersion", c.noticeVersion);
        s.put("channel", c.channel);
        s.put("withdrawnAt", c.withdrawnAt == null ? null : c.withdrawnAt.toString());
        s.put("withdrawalChannel", c.withdrawalChannel);
        return s;
    }

    private static ConsentView view(Consent c) {
        return new ConsentView(c.purpose, c.given, c.active(), c.noticeVersion, c.channel, local(c.recordedAt), local(c.withdrawnAt),
                c.withdrawalChannel);
    }

    private static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(Clocks.VIETNAM).toOffsetDateTime();
    }
}
