package vn.doithoai.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.inbox.dto.NotificationPage;
import vn.doithoai.inbox.dto.NotificationView;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnitIds;

/**
 * The notifications under the bell. Each is written in the transaction of the change that causes it, so a change
 * rolled back leaves none behind, and addressed to a group within the body the change belongs to: the officers of a
 * unit, or the office (or the chair) of the body. A reader sees those addressed to a role they hold, in the body their
 * token names, and for a unit their own unit; never another body's, not even of a body their office oversees.
 */
@ScopeDecidedElsewhere("The caller's own notifications: matched on the caller's role, own body and own unit, never a parameter")
@ApplicationScoped
public class Inbox {

    static final int TITLE_LENGTH = 300;

    /** Who a notification is for: a role within a body, and for role unit the unit. */
    public record Audience(Role role, long bodyId, Long unitId) {

        public static Audience unit(long bodyId, long unitId) {
            return new Audience(Role.UNIT, bodyId, unitId);
        }

        public static Audience office(long bodyId) {
            return new Audience(Role.SECRETARIAT, bodyId, null);
        }
    }

    /** What a notification is about, for its line and its link. */
    public record About(InboxSubject subject, long subjectId, long planId, String title, LocalDate dueDate) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    BodyScope bodies;

    @Inject
    OrgUnitIds orgUnitIds;

    /** Writes one notification per audience, in the caller's transaction (the change that caused it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(InboxKind kind, About about, Collection<Audience> audiences) {
        for (Audience audience : new LinkedHashSet<>(audiences)) {
            insert(kind, about, audience, null);
        }
    }

    /**
     * Writes it once, ever, under its key (a job's notification: the same item and day again adds nothing); whether
     * it was written now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyOnce(String key, InboxKind kind, About about, Audience audience) {
        return insert(kind, about, audience, key) == 1;
    }

    private int insert(InboxKind kind, About about, Audience audience, String key) {
        String title = about.title() == null ? "" : about.title().strip().replaceAll("\\s+", " ");
        if (title.length() > TITLE_LENGTH) {
            title = title.substring(0, TITLE_LENGTH - 1) + "…";
        }
        return em.createNativeQuery("insert ignore into inbox_notification (kind, role, body_id, unit_id, subject, subject_id, plan_id, "
                + "title, due_date, business_key, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, kind.name()).setParameter(2, audience.role().id()).setParameter(3, audience.bodyId())
                .setParameter(4, audience.unitId()).setParameter(5, about.subject().name()).setParameter(6, about.subjectId())
                .setParameter(7, about.planId()).setParameter(8, title).setParameter(9, about.dueDate()).setParameter(10, key)
                .setParameter(11, Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    /** The caller's notifications, newest first, with their unread count. */
    public NotificationPage page(PageRequest request) {
        Mine mine = mine();
        if (mine == null) {
            return NotificationPage.of(Page.of(List.of(), request, 0), 0);
        }
        long total = ((Number) mine.bind(em.createNativeQuery("select count(*) from inbox_notification n where " + mine.where()))
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = mine.bind(em.createNativeQuery("select n.id, n.kind, n.subject, n.subject_id, n.plan_id, n.title, "
                + "n.due_date, n.created_at, r.read_at from inbox_notification n left join inbox_read r on r.notification_id = n.id "
                + "and r.username = :me where " + mine.where() + " order by n.id desc limit " + request.size() + " offset "
                + request.offset())).setParameter("me", user.username()).getResultList();
        List<NotificationView> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new NotificationView(((Number) r[0]).longValue(), InboxKind.valueOf((String) r[1]),
                    InboxSubject.valueOf((String) r[2]), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5],
                    r[6] == null ? null : r[6] instanceof LocalDate d ? d : ((java.sql.Date) r[6]).toLocalDate(), instant(r[7]), r[8] != null));
        }
        return NotificationPage.of(Page.of(items, request, total), unread(mine));
    }

    /** Marks one of the caller's notifications read; another's does not exist. Reading it again changes nothing. */
    @Transactional
    public void markRead(long id) {
        Mine mine = mine();
        boolean own = mine != null && !mine.bind(em.createNativeQuery("select n.id from inbox_notification n where n.id = :id and "
                + mine.where())).setParameter("id", id).getResultList().isEmpty();
        if (!own) {
            throw DomainException.notFound("inbox.not-found", id);
        }
        em.createNativeQuery("insert ignore into inbox_read (notification_id, username, read_at) values (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, user.username()).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }

    /** Marks every notification of the caller read; how many were unread. */
    @Transactional
    public int markAllRead() {
        Mine mine = mine();
        if (mine == null) {
            return 0;
        }
        return mine.bind(em.createNativeQuery("insert ignore into inbox_read (notification_id, username, read_at) select n.id, :me, :now "
                + "from inbox_notification n where " + mine.where())).setParameter("me", user.username())
                .setParameter("now", Timestamp.from(Instant.now(clock))).executeUpdate();
    }

    /** Written as a Timestamp in the JVM's zone; the driver gives it back as a Timestamp or a LocalDateTime in that zone. */
    private static Instant instant(Object value) {
        return value instanceof java.time.LocalDateTime local ? local.atZone(java.time.ZoneId.systemDefault()).toInstant()
                : ((Timestamp) value).toInstant();
    }

    private long unread(Mine mine) {
        return ((Number) mine.bind(em.createNativeQuery("select count(*) from inbox_notification n where " + mine.where()
                + " and not exists (select 1 from inbox_read r where r.notification_id = n.id and r.username = :me)"))
                .setParameter("me", user.username()).getSingleResult()).longValue();
    }

    /** The caller's audiences: their roles in their own body, their unit for role unit; null when they have none. */
    private Mine mine() {
        Long body = bodies.body().orElse(null);
        if (body == null || user.isAnonymous()) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Role role : List.of(Role.SECRETARIAT, Role.CHAIR)) {
            if (user.hasRole(role)) {
                roles.add(role.id());
            }
        }
        Long unit = user.hasRole(Role.UNIT) ? user.orgUnitCode().flatMap(orgUnitIds::find).orElse(null) : null;
        if (roles.isEmpty() && unit == null) {
            return null;
        }
        return new Mine(body, roles, unit);
    }

    private record Mine(long body, Set<String> roles, Long unit) {

        String where() {
            List<String> any = new ArrayList<>();
            if (!roles.isEmpty()) {
                any.add("n.role in (:roles)");
            }
            if (unit != null) {
                any.add("(n.role = 'unit' and n.unit_id = :unit)");
            }
            return "n.body_id = :body and (" + String.join(" or ", any) + ")";
        }

        Query bind(Query query) {
            query.setParameter("body", body);
            if (!roles.isEmpty()) {
                query.setParameter("roles", roles);
            }
            if (unit != null) {
                query.setParameter("unit", unit);
            }
            return query;
        }
    }
}
