package vn.doithoai.common.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        try {
            entry.changes = json.writeValueAsString(changes.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are not serialisable", e);
        }
        em.persist(entry);
    }

    /** The trail of one record, oldest first. */
    public List<AuditEntry> trail(String entityType, String entityId) {
        return em.createQuery("from AuditEntry where entityType = :type and entityId = :id order by id", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }
}
