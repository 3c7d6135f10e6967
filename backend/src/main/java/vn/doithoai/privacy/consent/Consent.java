package vn.doithoai.privacy.consent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One purpose offered to one person's record: given or not, and whether it was later withdrawn. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    ConsentSubject subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ConsentPurpose purpose;

    @Column(nullable = false)
    boolean given;

    /** Null: given before notices were versioned. */
    @Column(name = "notice_version")
    Integer noticeVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ConsentChannel channel;

    @Column(name = "recorded_by", nullable = false, length = 100)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    String withdrawnBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_channel")
    ConsentChannel withdrawalChannel;

    @Version
    long version;

    /** Given and not withdrawn: what the purpose allows may happen. */
    public boolean active() {
        return given && withdrawnAt == null;
    }
}
