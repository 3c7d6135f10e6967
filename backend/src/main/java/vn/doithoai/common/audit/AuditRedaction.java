package vn.doithoai.common.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Masks the personal data of audit entries written before the audit masked it (they are marked by the migration).
 * Runs at start, in batches, each in its own transaction; safe to run twice or on two instances at once, because an
 * entry is rewritten only while it is still unmasked.
 */
@ApplicationScoped
public class AuditRedaction {

    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        maskEarlierEntries();
    }

    /** Masks every entry still unmasked; the number masked. */
    public int maskEarlierEntries() {
        int masked = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(this::maskBatch);
            masked += batch;
            if (batch < BATCH) {
                return masked;
            }
        }
    }

    private int maskBatch() {
        List<AuditEntry> entries = em.createQuery("from AuditEntry where personalDataMasked = false order by id", AuditEntry.class)
                .setMaxResults(BATCH).getResultList();
        for (AuditEntry entry : entries) {
            AuditLog.Masked masked = audit.mask(entry.entityType, changesOf(entry));
            String text;
            try {
                text = json.writeValueAsString(masked.changes());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("audit changes are not serialisable", e);
            }
            em.detach(entry);
            int rewritten = em.createNativeQuery("UPDATE audit_log SET changes = ?1, personal_data_masked = TRUE WHERE id = ?2 AND personal_data_masked = FALSE")
                    .setParameter(1, text).setParameter(2, entry.id).executeUpdate();
            if (rewritten == 1) {
                audit.keepHashes(entry.id, masked.hashes());
            }
        }
        return entries.size();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> changesOf(AuditEntry entry) {
        Map<String, Object> raw;
        try {
            raw = json.readValue(entry.changes, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " holds no JSON object", e);
        }
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        raw.forEach((field, change) -> {
            if (change instanceof Map<?, ?> pair) {
                changes.put(field, (Map<String, Object>) pair);
            } else {
                Map<String, Object> to = new LinkedHashMap<>();
                to.put("to", change);
                changes.put(field, to);
            }
        });
        return changes;
    }
}
