package vn.doithoai.privacy.subject;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.feedback.SearchText;
import vn.doithoai.notice.ConclusionNotices;
import vn.doithoai.privacy.contact.ContactVerifications;

/**
 * Replaces a person's identity wherever the installation keeps it, while the matter stays for the record (ẩn danh hoá):
 * their person records, the contact on the items they sent and the names of their attachments, their registrations,
 * the words of their name, phone and e-mail inside the texts that quote them (an item's text, a participant's matter,
 * a speaker's summary, the minutes, the conclusion notices, the answers, the rulings and the units' reports of their
 * dialogues, the notices' papers as issued), the search text, the outbox, the answers kept for retries, the requests
 * naming them and the audit trail's copies. One set of primitives, used both by a person's request and by the retention job.
 */
@ApplicationScoped
public class Erasure {

    /** What a person's name becomes. */
    public static final String ERASED_NAME = "Người đã được ẩn danh";
    /** What a login, a phone or an e-mail becomes where a value must stay (an author, an outbox recipient). */
    public static final String ERASED_ACCOUNT = "an-danh";
    /** What the words of a name, phone or e-mail become inside a text. */
    static final String ERASED_WORDS = "[đã ẩn danh]";
    /** Shorter values are not words of one person (a one-letter name would blank every text). */
    private static final int SHORTEST = 4;

    /** Where the audit trail's copies are looked for. */
    public enum Copies {
        /** In the trail of the erased records only: what a job over many records can afford. */
        OF_THESE_RECORDS,
        /** In every entry: what a person's own request is owed. */
        EVERYWHERE
    }

    /** How many records had an identity replaced. */
    public record Erased(int people, int items, int registrations) {
        public int total() {
            return people + items + registrations;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ContactVerifications confirmations;

    @Inject
    ConclusionNotices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public Erased erase(Subject s, Copies copies, Instant now) {
        if (s.isEmpty()) {
            return new Erased(0, 0, 0);
        }
        Identity who = identity(s);
        Set<Long> participations = ids("select id from participation where person_id in (:ids)", s.people());
        // The dialogues whose records quote the person, in one pass over their participations, items and registrations.
        Set<Long> plans = longs(inSubject("select plan_id from participation where person_id in (:people) "
                + "union select plan_id from feedback_item where id in (:items) "
                + "union select plan_id from pending_registration where id in (:registrations)", s).getResultList());

        int people = update("update person set full_name = :name, title = null, phone = null, email = null, address = null, notes = null, "
                + "account = null, name_public = false, erased_at = :now, updated_at = :now, version = version + 1 where id in (:ids)", s.people(), now,
                who);
        update("update participation set rsvp_note = null, rsvp_by = case when rsvp_by in (:accounts) then :account else rsvp_by end, "
                + "checked_in_by = case when checked_in_by in (:accounts) then :account else checked_in_by end, matter = " + replaced("matter", who)
                + ", updated_at = :now, version = version + 1 where id in (:ids)", participations, now, who);
        update("update session_speaker set name = :name, summary = " + replaced("summary", who) + " where participation_id in (:ids)", participations,
                now, who);
        int items = update("update feedback_item set submitter_name = null, submitter_phone = null, submitter_email = null, account = null, "
                + "created_by = case when created_by in (:accounts) then :account else created_by end, title = " + replaced("title", who)
                + ", content = " + replaced("content", who) + ", contact_erased_at = :now, updated_at = :now, version = version + 1 where id in (:ids)",
                s.items(), now, who);
        searchText(s.items());
        update("update stored_file f join feedback_attachment a on a.file_id = f.id set f.file_name = concat('tep-dinh-kem-', a.id, "
                + "case when locate('.', f.file_name) > 0 then concat('.', substring_index(f.file_name, '.', -1)) else '' end), "
                + "f.created_by = case when f.created_by in (:accounts) then :account else f.created_by end, "
                + "a.created_by = case when a.created_by in (:accounts) then :account else a.created_by end where a.feedback_id in (:ids)", s.items(), now,
                who);
        int registrations = update("update pending_registration set full_name = :name, phone = '', account = null, rsvp_note = null, matter = "
                + replaced("matter", who) + ", updated_at = :now, version = version + 1 where id in (:ids)", s.registrations(), now, who);
        update("update inbox_notification set title = " + replaced("title", who) + " where plan_id in (:ids)", plans, now, who);
        // The minutes quote the people of their dialogue (those present, those who spoke, those who signed): the record
        // stays, the person's words in it are replaced.
        update("update minutes_section set heading = " + replaced("heading", who) + ", body = " + replaced("body", who)
                + " where minutes_id in (select id from minutes where plan_id in (:ids))", plans, now, who);
        update("update minutes_signature set name = " + replaced("name", who) + " where minutes_id in (select id from minutes where plan_id in (:ids))",
                plans, now, who);
        // The conclusion notices quote them too, in the office's opening and in the papers as issued: each paper is written
        // again from its own text with their words replaced.
        if (!who.words().isEmpty()) {
            notices.replaceWords(plans, who::replace, now);
            // The rulings on the matters of their dialogues (kết luận, kiến nghị, trả lời) and the units' reports on them
            // may name them: the ruling and the report stay, their words are replaced. Only the rulings that quote them
            // change (and move in the change feed, so a partner's copy is cleaned on its next sync).
            update("update ruling set content = " + replaced("content", who) + ", recommendation = " + replaced("recommendation", who)
                    + ", reply = " + replaced("reply", who) + ", reason = " + replaced("reason", who) + ", progress_note = "
                    + replaced("progress_note", who) + ", cannot_resolve_reason = " + replaced("cannot_resolve_reason", who)
                    + ", updated_at = :now, version = version + 1 where plan_id in (:ids) and "
                    + mentions("concat_ws('|', content, recommendation, reply, reason, progress_note, cannot_resolve_reason)", who), plans, now, who);
            update("update ruling_progress set note = " + replaced("note", who) + " where ruling_id in (select id from ruling where plan_id in (:ids)) and "
                    + mentions("note", who), plans, now, who);
            // So may the answers to the items (trả lời) and what was answered at the session.
            update("update feedback_item set answer_text = " + replaced("answer_text", who) + ", answer_return_reason = "
                    + replaced("answer_return_reason", who) + ", updated_at = :now, version = version + 1 where plan_id in (:ids) and "
                    + mentions("concat_ws('|', answer_text, answer_return_reason)", who), plans, now, who);
            update("update session_answer set content = " + replaced("content", who) + " where plan_id in (:ids) and " + mentions("content", who),
                    plans, now, who);
        }
        scrubCopies(s, participations, copies, now, who);
        return new Erased(people, items, registrations);
    }

    /**
     * Removes attachments whose time is over (photos show faces, scans show papers): the file, its previews and the
     * attachment; the item itself stays. Returns how many were removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeAttachments(Set<Long> attachments) {
        if (attachments.isEmpty()) {
            return 0;
        }
        Set<Long> files = ids("select file_id from feedback_attachment where id in (:ids)", attachments);
        int removed = em.createNativeQuery("delete from feedback_attachment where id in (:ids)").setParameter("ids", attachments).executeUpdate();
        if (!files.isEmpty()) {
            em.createNativeQuery("delete from file_preview where file_id in (:ids)").setParameter("ids", files).executeUpdate();
            em.createNativeQuery("delete from stored_file where id in (:ids)").setParameter("ids", files).executeUpdate();
        }
        return removed;
    }

    /** The copies kept outside the person's records: outbox, retries' answers, requests, audit trail. */
    private void scrubCopies(Subject s, Set<Long> participations, Copies copies, Instant now, Identity who) {
        if (!who.contacts().isEmpty()) {
            // Nothing more goes to a contact that is no one's any more; what was sent keeps its record, without the address.
            em.createNativeQuery("update notification set recipient = :account, status = case when status = 'PENDING' then 'CANCELLED' else status end "
                    + "where recipient in (:contacts)").setParameter("account", ERASED_ACCOUNT).setParameter("contacts", who.contacts()).executeUpdate();
        }
        if (!who.words().isEmpty()) {
            query(("update notification set subject = " + replaced("subject", who) + ", body = " + replaced("body", who)
                    + " where " + mentions("concat(subject, body)", who)), now, who).executeUpdate();
            // A retry must not bring back an answer that quoted the person.
            query(("delete from idempotency_record where " + mentions("body", who)), now, who).executeUpdate();
            query(("update data_subject_request set note = " + replaced("note", who) + " where " + mentions("note", who)), now, who)
                    .executeUpdate();
            String inTrail = copies == Copies.EVERYWHERE ? mentions("changes", who)
                    : "((entity_type = 'Feedback' and entity_id in (:items)) or (entity_type = 'Participant' and entity_id in (:participations)) "
                            + "or (entity_type = 'PendingRegistration' and entity_id in (:registrations))) and "
                            + mentions("changes", who);
            Query trail = query(("update audit_log set changes = " + replaced("changes", who) + " where " + inTrail), now, who);
            if (copies == Copies.OF_THESE_RECORDS) {
                trail.setParameter("items", strings(s.items())).setParameter("participations", strings(participations))
                        .setParameter("registrations", strings(s.registrations()));
            }
            trail.executeUpdate();
        }
        // The audit keeps masks with keyed hashes beside them, and the confirmations keep hashes of the contacts: once the
        // person is erased, neither may still lead to them.
        audit.forget(who.words());
        confirmations.forget(who.contacts(), who.accounts());
        if (!who.accounts().isEmpty()) {
            em.createNativeQuery("update audit_log set actor = :account where actor in (:accounts)").setParameter("account", ERASED_ACCOUNT)
                    .setParameter("accounts", who.accounts()).executeUpdate();
        }
        em.createNativeQuery("update data_subject_request set subject_phone = null, subject_email = null, subject_account = null, "
                + "subject_person_id = null, subject_label = :name, updated_at = :now, version = version + 1 where subject_person_id in (:people) "
                + "or subject_phone in (:contacts) or subject_email in (:contacts) or subject_account in (:accounts)")
                .setParameter("name", ERASED_NAME).setParameter("now", now).setParameter("people", nonEmpty(s.people()))
                .setParameter("contacts", nonEmptyStrings(who.contacts())).setParameter("accounts", nonEmptyStrings(who.accounts())).executeUpdate();
    }

    /** The name, phone, e-mail, address and login the records hold, before they are replaced. */
    private record Identity(List<String> words, Set<String> contacts, Set<String> accounts) {

        /** The text with each of the person's words replaced, as {@link Erasure#replaced} does in SQL (composed or not). */
        String replace(String text) {
            if (text == null) {
                return null;
            }
            String out = text;
            for (String w : words) {
                out = out.replace(w, ERASED_WORDS);
                String composed = Normalizer.normalize(w, Normalizer.Form.NFC);
                if (!composed.equals(w)) {
                    out = out.replace(composed, ERASED_WORDS);
                }
            }
            return out;
        }
    }

    private Identity identity(Subject s) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> contacts = new LinkedHashSet<>();
        Set<String> accounts = new LinkedHashSet<>();
        // One pass over the three records that hold an identity, each row as (name, phone, e-mail, address, login).
        @SuppressWarnings("unchecked")
        List<Object[]> held = inSubject("select full_name, phone, email, address, account from person where id in (:people) "
                + "union all select submitter_name, submitter_phone, submitter_email, null, account from feedback_item where id in (:items) "
                + "union all select full_name, phone, null, null, account from pending_registration where id in (:registrations)", s)
                .getResultList();
        for (Object[] r : held) {
            collect(r, words, contacts, accounts);
        }
        words.remove(ERASED_NAME);
        List<String> longestFirst = new ArrayList<>(words);
        // A longer value first: a name is replaced whole before a shorter value inside it could split it.
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new Identity(longestFirst, contacts, accounts);
    }

    private static void collect(Object[] r, Set<String> words, Set<String> contacts, Set<String> accounts) {
        for (int i = 0; i < 4; i++) {
            if (r[i] instanceof String v && v.strip().length() >= SHORTEST) {
                words.add(v.strip());
                if (i == 1 || i == 2) {
                    contacts.add(v.strip());
                }
            }
        }
        if (r[4] instanceof String account && !account.isBlank()) {
            accounts.add(account);
        }
    }

    /** The column with each of the person's words replaced. */
    private static String replaced(String column, Identity who) {
        String sql = column;
        for (int i = 0; i < who.words().size(); i++) {
            sql = "replace(" + sql + ", :w" + i + ", :words)";
        }
        return sql;
    }

    /** The column quotes one of the person's words. */
    private static String mentions(String column, Identity who) {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < who.words().size(); i++) {
            any.add("locate(:w" + i + ", " + column + ") > 0");
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    /** A statement with the person's words and the replacements bound where it names them. */
    private Query query(String sql, Instant now, Identity who) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < who.words().size(); i++) {
            if (sql.contains(":w" + i)) {
                q.setParameter("w" + i, who.words().get(i));
            }
        }
        bindIfNamed(q, sql, "words", ERASED_WORDS);
        bindIfNamed(q, sql, "now", now);
        bindIfNamed(q, sql, "name", ERASED_NAME);
        bindIfNamed(q, sql, "account", ERASED_ACCOUNT);
        bindIfNamed(q, sql, "accounts", nonEmptyStrings(who.accounts()));
        return q;
    }

    private static void bindIfNamed(Query q, String sql, String name, Object value) {
        if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            q.setParameter(name, value);
        }
    }

    private int update(String sql, Set<Long> ids, Instant now, Identity who) {
        if (ids.isEmpty()) {
            return 0;
        }
        return query(sql, now, who).setParameter("ids", ids).executeUpdate();
    }

    private void searchText(Set<Long> items) {
        for (Object[] r : rows("select id, title, content from feedback_item where id in (:ids)", items)) {
            em.createNativeQuery("update feedback_item set search_text = ?1 where id = ?2")
                    .setParameter(1, SearchText.normalise(r[1] + " " + r[2])).setParameter(2, r[0]).executeUpdate();
        }
    }

    private Set<Long> ids(String sql, Set<Long> in) {
        Set<Long> out = new LinkedHashSet<>();
        if (in.isEmpty()) {
            return out;
        }
        for (Object o : em.createNativeQuery(sql).setParameter("ids", in).getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    /** A statement over the subject's records, each list bound (an empty one matches nothing). */
    private Query inSubject(String sql, Subject s) {
        return em.createNativeQuery(sql).setParameter("people", nonEmpty(s.people())).setParameter("items", nonEmpty(s.items()))
                .setParameter("registrations", nonEmpty(s.registrations()));
    }

    private static Set<Long> longs(List<?> values) {
        Set<Long> out = new LinkedHashSet<>();
        for (Object o : values) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    /** An IN list that matches nothing when there is nothing to match (SQL has no empty list). */
    private static Collection<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Collection<String> nonEmptyStrings(Set<String> values) {
        return values.isEmpty() ? List.of("\u0000") : values;
    }

    private static Collection<String> strings(Set<Long> ids) {
        return ids.isEmpty() ? List.of("-") : ids.stream().map(String::valueOf).toList();
    }
}
