package vn.doithoai.privacy.audit;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.privacy.audit.dto.AuditTrailEntry;

/**
 * The change audit of any record, for those who may read the record's body: its office, chair and administrator (the
 * roles the resource admits). Another body's record, or one that does not exist, is 404 alike.
 */
@ApplicationScoped
public class AuditTrails {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    BodyScope bodies;

    @Inject
    ObjectMapper json;

    public List<AuditTrailEntry> trail(String type, String id) {
        AuditedObject object = AuditedObject.named(type).orElseThrow(() -> notFound(type, id));
        requireReadable(object, id);
        return audit.trail(object.name(), id).stream()
                .map(e -> new AuditTrailEntry(e.occurredAt.atZone(Clocks.VIETNAM).toOffsetDateTime(), e.actor, e.action, parse(e.changes)))
                .toList();
    }

    private void requireReadable(AuditedObject object, String id) {
        if (object.bodyQuery == null) {
            if (!bodies.isInstallationAdmin()) {
                throw notFound(object.name(), id);
            }
            return;
        }
        List<?> rows = em.createNativeQuery(object.bodyQuery).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw notFound(object.name(), id);
        }
        Object body = rows.getFirst();
        // A shared record (no body) is the installation's: its administrator reads its trail.
        if (body == null ? !bodies.isInstallationAdmin() : !bodies.mayRead(((Number) body).longValue())) {
            throw notFound(object.name(), id);
        }
    }

    private Map<String, Object> parse(String changes) {
        try {
            return json.readValue(changes, new TypeReference<Map<String, Object>>() {
            });
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static DomainException notFound(String type, String id) {
        return DomainException.notFound("audit.object-not-found", type, id);
    }
}
