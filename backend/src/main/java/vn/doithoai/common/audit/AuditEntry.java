package vn.doithoai.common.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to one record: who, when, what and which fields (nhật ký thay đổi). Never updated or deleted. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "entity_type", nullable = false, length = 60)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = 100)
    public String entityId;

    @Column(nullable = false, length = 40)
    public String action;

    /** JSON object: field → {"from": old, "to": new}. */
    @Column(nullable = false, columnDefinition = "longtext")
    public String changes;

    /** False only for entries written before the audit masked personal data, until AuditRedaction has masked them. */
    @Column(name = "personal_data_masked", nullable = false)
    public boolean personalDataMasked;
}
