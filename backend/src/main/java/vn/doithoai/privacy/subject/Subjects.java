package vn.doithoai.privacy.subject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.doithoai.privacy.subject.dto.HeldData;
import vn.doithoai.privacy.subject.dto.HeldData.HeldAttachment;
import vn.doithoai.privacy.subject.dto.HeldData.HeldFeedback;
import vn.doithoai.privacy.subject.dto.HeldData.HeldParticipation;
import vn.doithoai.privacy.subject.dto.HeldData.HeldPerson;
import vn.doithoai.privacy.subject.dto.HeldData.HeldRegistration;

/**
 * Finds the records that hold a person's identity within some bodies, and reads them out. Records already erased are
 * no one's any more: they are not found.
 */
@ApplicationScoped
public class Subjects {

    /** More than any one person has sent; a login used by a whole office is not a person. */
    private static final int MOST = 1000;

    @Inject
    EntityManager em;

    /** The person's records within {@code bodies} (null: in every body, as for a citizen's own login). */
    public Subject find(SubjectQuery q, Set<Long> bodies) {
        if (q.isEmpty() || bodies != null && bodies.isEmpty()) {
            return new Subject(Set.of(), Set.of(), Set.of());
        }
        List<String> personMatch = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        match(personMatch, params, "phone", "phone", q.phone());
        match(personMatch, params, "email", "email", q.email());
        match(personMatch, params, "account", "account", q.account());
        match(personMatch, params, "id", "personId", q.personId());
        Set<Long> people = ids("select id from person where erased_at is null" + in("body_id", bodies) + " and (" + String.join(" or ", personMatch)
                + ")", params, bodies);

        List<String> itemMatch = new ArrayList<>();
        Map<String, Object> itemParams = new LinkedHashMap<>();
        match(itemMatch, itemParams, "submitter_phone", "phone", q.phone());
        match(itemMatch, itemParams, "submitter_email", "email", q.email());
        match(itemMatch, itemParams, "account", "account", q.account());
        if (!people.isEmpty()) {
            itemMatch.add("participation_id in (select id from participation where person_id in (:people))");
            itemParams.put("people", people);
        }
        Set<Long> items = itemMatch.isEmpty() ? Set.of()
                : ids("select id from feedback_item where contact_erased_at is null" + in("body_id", bodies) + " and (" + String.join(" or ", itemMatch)
                        + ")", itemParams, bodies);

        List<String> registrationMatch = new ArrayList<>();
        Map<String, Object> registrationParams = new LinkedHashMap<>();
        match(registrationMatch, registrationParams, "r.phone", "phone", q.phone());
        match(registrationMatch, registrationParams, "r.account", "account", q.account());
        Set<Long> registrations = registrationMatch.isEmpty() ? Set.of()
                : ids("select r.id from pending_registration r join plan p on p.id = r.plan_id where r.phone <> ''" + in("p.body_id", bodies)
                        + " and (" + String.join(" or ", registrationMatch) + ")", registrationParams, bodies);
        return new Subject(people, items, registrations);
    }

    /** What the records hold, as the person would be shown it. */
    public HeldData read(Subject s) {
        return new HeldData(people(s.people()), feedback(s.items()), registrations(s.registrations()));
    }

    private List<HeldPerson> people(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<HeldParticipation>> taking = new LinkedHashMap<>();
        for (Object[] r : rows("select pa.person_id, pa.id, pa.plan_id, p.title, pa.kind, pa.rsvp, pa.matter, pa.checked_in_at from participation pa "
                + "join plan p on p.id = pa.plan_id where pa.person_id in (:ids) order by pa.id", ids)) {
            taking.computeIfAbsent(num(r[0]), k -> new ArrayList<>())
                    .add(new HeldParticipation(num(r[1]), num(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6], instant(r[7])));
        }
        List<HeldPerson> out = new ArrayList<>();
        for (Object[] r : rows("select pe.id, pe.full_name, pe.title, pe.phone, pe.email, pe.address, pe.notes, w.name, pe.account, pe.name_public, "
                + "pe.created_at from person pe left join org_unit w on w.id = pe.ward_id where pe.id in (:ids) order by pe.id", ids)) {
            out.add(new HeldPerson(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8], bool(r[9]), instant(r[10]), taking.getOrDefault(num(r[0]), List.of())));
        }
        return out;
    }

    private List<HeldFeedback> feedback(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<HeldAttachment>> files = new LinkedHashMap<>();
        for (Object[] r : rows("select a.feedback_id, a.id, f.file_name, f.content_type, f.size from feedback_attachment a "
                + "join stored_file f on f.id = a.file_id where a.feedback_id in (:ids) order by a.id", ids)) {
            files.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(new HeldAttachment(num(r[1]), (String) r[2], (String) r[3], num(r[4])));
        }
        List<HeldFeedback> out = new ArrayList<>();
        for (Object[] r : rows("select fi.id, fi.tracking_code, fi.plan_id, p.title, fi.status, fi.title, fi.content, fi.submitter_name, "
                + "fi.submitter_phone, fi.submitter_email, fi.created_at from feedback_item fi join plan p on p.id = fi.plan_id "
                + "where fi.id in (:ids) order by fi.id", ids)) {
            out.add(new HeldFeedback(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    (String) r[8], (String) r[9], instant(r[10]), files.getOrDefault(num(r[0]), List.of())));
        }
        return out;
    }

    private List<HeldRegistration> registrations(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<HeldRegistration> out = new ArrayList<>();
        for (Object[] r : rows("select r.id, r.plan_id, p.title, r.status, r.full_name, r.phone, r.matter, r.created_at from pending_registration r "
                + "join plan p on p.id = r.plan_id where r.id in (:ids) order by r.id", ids)) {
            out.add(new HeldRegistration(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], instant(r[7])));
        }
        return out;
    }

    private static void match(List<String> conditions, Map<String, Object> params, String column, String param, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + param);
            params.put(param, value);
        }
    }

    private static String in(String column, Set<Long> bodies) {
        return bodies == null ? "" : " and " + column + " in (:bodies)";
    }

    private Set<Long> ids(String sql, Map<String, Object> params, Set<Long> bodies) {
        Query query = em.createNativeQuery(sql + " order by 1 limit " + MOST);
        params.forEach(query::setParameter);
        if (bodies != null) {
            query.setParameter("bodies", bodies);
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return switch (o) {
            case Timestamp t -> t.toInstant();
            case Instant i -> i;
            case java.time.LocalDateTime t -> t.atZone(java.time.ZoneId.systemDefault()).toInstant();
            default -> throw new IllegalStateException("not a time: " + o.getClass());
        };
    }
}
