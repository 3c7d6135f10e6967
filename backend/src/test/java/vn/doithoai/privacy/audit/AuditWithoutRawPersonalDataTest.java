package vn.doithoai.privacy.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.common.audit.AuditEntry;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.audit.AuditRedaction;
import vn.doithoai.common.audit.PersonalValues.Kind;

/** The change audit keeps a citizen's contact fields and name masked, with a hash that still finds them. */
@QuarkusTest
class AuditWithoutRawPersonalDataTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditRedaction redaction;

    @Inject
    EntityManager em;

    @Test
    void aParticipantsContactFieldsAreAuditedMaskedAndStillMatched() {
        String id = "p-" + UUID.randomUUID();
        String email = "le.thi.hoa." + id + "@gmail.com";
        QuarkusTransaction.requiringNew().run(() -> audit.record("Participant", id, "added", AuditLog.changes()
                .field("fullName", null, "Lê Thị Hoa")
                .field("phone", null, "0912 345 678")
                .field("email", null, email)
                .field("address", null, "Số 12 đường Hùng Vương, phường Ba Đồn")
                .field("kind", null, "CITIZEN")));

        AuditEntry entry = audit.trail("Participant", id).getFirst();
        assertFalse(entry.changes.contains("345"), entry.changes);
        assertFalse(entry.changes.contains("Hoa"), entry.changes);
        assertFalse(entry.changes.contains("le.thi"), entry.changes);
        assertFalse(entry.changes.contains("Hùng Vương"), entry.changes);
        assertTrue(entry.changes.contains("\"09•••••678\""), entry.changes);
        assertTrue(entry.changes.contains("\"L• T• H•\""), entry.changes);
        assertTrue(entry.changes.contains("\"l•••@gmail.com\""), entry.changes);
        assertTrue(entry.changes.contains("\"•••, phường Ba Đồn\""), entry.changes);
        assertTrue(entry.changes.contains("\"CITIZEN\""), entry.changes);
        // The same number written another way is the same person.
        assertEquals(List.of(entry.id), audit.entriesCarrying(Kind.PHONE, "+84 912.345.678").stream()
                .filter(e -> e.equals(entry.id)).toList());
        assertEquals(List.of(entry.id), audit.entriesCarrying(Kind.EMAIL, email.toUpperCase()));
    }

    @Test
    void officialsNamesStayReadable() {
        String id = "s-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> audit.record("Minutes", id, "updated", AuditLog.changes()
                .field("chairName", null, "Trần Văn Bình").field("fullName", null, "Trần Văn Bình")));
        assertTrue(audit.trail("Minutes", id).getFirst().changes.contains("Trần Văn Bình"));
    }

    @Test
    void entriesWrittenBeforeMaskingAreMaskedOnceAndOnlyOnce() {
        String id = "legacy-" + UUID.randomUUID();
        String raw = "{\"submitterName\":{\"from\":null,\"to\":\"Phạm Văn Cường\"},\"submitterPhone\":{\"from\":\"0987654321\",\"to\":null},"
                + "\"title\":{\"from\":null,\"to\":\"Đèn đường hỏng\"}}";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO audit_log (occurred_at, actor, entity_type, entity_id, action, changes, personal_data_masked)"
                        + " VALUES ('2025-06-01 08:00:00', 'anonymous', 'Feedback', ?1, 'submitted', ?2, FALSE)")
                .setParameter(1, id).setParameter(2, raw).executeUpdate());

        assertTrue(redaction.maskEarlierEntries() >= 1);
        AuditEntry entry = audit.trail("Feedback", id).getFirst();
        assertTrue(entry.personalDataMasked);
        assertEquals("{\"submitterName\":{\"from\":null,\"to\":\"P• V• C•\"},\"submitterPhone\":{\"from\":\"09•••••321\",\"to\":null},"
                + "\"title\":{\"from\":null,\"to\":\"Đèn đường hỏng\"}}", entry.changes);
        assertTrue(audit.entriesCarrying(Kind.PHONE, "0987654321").contains(entry.id));
        assertTrue(audit.entriesCarrying(Kind.NAME, "phạm  văn cường").contains(entry.id));

        // A second run finds nothing left to mask and changes nothing.
        assertEquals(0, redaction.maskEarlierEntries());
        assertEquals(entry.changes, audit.trail("Feedback", id).getFirst().changes);
    }
}
