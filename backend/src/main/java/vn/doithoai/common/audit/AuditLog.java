package vn.doithoai.common.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.common.security.CurrentUser;

/**
 * Writes the audit trail. It joins the caller's transaction (MANDATORY), so a change and its audit entry
 * are committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    PersonalValues personal;

    /** Collects the fields that differ between two snapshots of a record. */
    public static final class Changes {
        private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

        public Changes field(String name, Object from, Object to) {
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                fields.put(name, change);
            }
            return this;
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        Map<String, Map<String, Object>> asMap() {
            return fields;
        }
    }

    public static Changes changes() {
        return new Changes();
    }

    /** The fields that differ between two snapshots of a record (field → value, in a stable order). */
    public static Changes between(Map<String, Object> before, Map<String, Object> after) {
        var changes = new Changes();
        after.forEach((field, value) -> changes.field(field, before.get(field), value));
        return changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, String action, Changes changes) {
        recordBy(currentUser.username(), entityType, entityId, action, changes);
    }

    /** A change made by the installation itself (a scheduled job), named as its actor: no one is logged in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBy(String actor, String entityType, String entityId, String action, Changes changes) {
        var entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock);
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        Masked masked = mask(entityType, changes.asMap());
        try {
            entry.changes = json.writeValueAsString(masked.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are not serialisable", e);
        }
        entry.personalDataMasked = true;
        em.persist(entry);
        keepHashes(entry.id, masked.hashes());
    }

    /** Changes with every personal value masked, and the keyed hash of each value by "field/from" or "field/to". */
    record Masked(Map<String, Map<String, Object>> changes, Map<String, String> hashes) {
    }

    Masked mask(String entityType, Map<String, ? extends Map<String, Object>> changes) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            var kind = personal.kindOf(entityType, field);
            if (kind.isEmpty() || change == null) {
                out.put(field, change);
                return;
            }
            Map<String, Object> masked = new LinkedHashMap<>();
            change.forEach((side, value) -> {
                if (value instanceof String text && !text.isBlank()) {
                    masked.put(side, kind.get().mask(text));
                    hashes.put(field + "/" + side, personal.hash(kind.get(), text));
                } else {
                    masked.put(side, value);
                }
            });
            out.put(field, masked);
        });
        return new Masked(out, hashes);
    }

    void keepHashes(long auditId, Map<String, String> hashes) {
        hashes.forEach((field, hash) -> em
                .createNativeQuery("INSERT INTO audit_personal_value (audit_id, field, value_hash) VALUES (?1, ?2, ?3)")
                .setParameter(1, auditId).setParameter(2, field).setParameter(3, hash).executeUpdate());
    }

    /**
     * The entries that carried a personal value (a phone, an e-mail, an address or a citizen's name), matched by its
     * keyed hash: the audit keeps only masks, so this is how a person's data is found in it.
     */
    public List<Long> entriesCarrying(PersonalValues.Kind kind, String value) {
        return em.createNativeQuery("SELECT DISTINCT audit_id FROM audit_personal_value WHERE value_hash = ?1 ORDER BY audit_id", Long.class)
                .setParameter(1, personal.hash(kind, value))
                .getResultList().stream().map(Long.class::cast).toList();
    }

    /**
     * An erased person's values no longer lead to their entries: the keyed hashes kept beside the masks are removed
     * (the masks stay, and tell no one who it was). Each value is tried as every kind, as the erasure does not know which
     * field held it.
     */
    public int forget(Collection<String> values) {
        Set<String> hashes = new HashSet<>();
        for (String value : values) {
            for (PersonalValues.Kind kind : PersonalValues.Kind.values()) {
                if (!kind.canonical(value).isBlank()) {
                    hashes.add(personal.hash(kind, value));
                }
            }
        }
        return hashes.isEmpty() ? 0
                : em.createNativeQuery("DELETE FROM audit_personal_value WHERE value_hash IN (:hashes)").setParameter("hashes", hashes).executeUpdate();
    }

    /** The trail of one record, oldest first. */
    public List<AuditEntry> trail(String entityType, String entityId) {
        return em.createQuery("from AuditEntry where entityType = :type and entityId = :id order by id", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }
}
