package vn.doithoai.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.persistence.StringListJson;
import vn.doithoai.plan.Plan;

/**
 * The conclusion notice of a plan (thông báo kết luận): the fields the office drafts, and the number of the latest
 * generated revision (0 before the first). The files themselves are in {@link NoticeRevision}.
 */
@Entity
@Table(name = "conclusion_notice")
public class ConclusionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    Plan plan;

    /** Số: "125". */
    @Column(length = 20)
    String number;

    /** Ký hiệu: "TB/ThU". */
    @Column(length = 50)
    String symbol;

    @Column(name = "issued_on")
    LocalDate issuedOn;

    /** The body above the issuer in the header ("ĐẢNG BỘ TỈNH QUẢNG BÌNH"); optional. */
    @Column(name = "parent_body", length = 300)
    String parentBody;

    @Column(name = "signer_name", length = 200)
    String signerName;

    /** The signing authority, one line each: "T/M BAN THƯỜNG VỤ\nBÍ THƯ". */
    @Column(name = "signer_title", length = 300)
    String signerTitle;

    /** Nơi nhận. */
    @Convert(converter = StringListJson.class)
    @Column(nullable = false, columnDefinition = "text")
    List<String> recipients = new ArrayList<>();

    /** The opening paragraph; null: assembled from the plan. */
    @Column(columnDefinition = "text")
    String opening;

    /** The latest generated revision, 0 before the first generation. */
    @Column(nullable = false)
    int revision;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected ConclusionNotice() {
    }

    ConclusionNotice(Plan plan, String createdBy, Instant now) {
        this.plan = plan;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isGenerated() {
        return revision > 0;
    }

    /**
     * The next revision number. The first generation needs no reason; any later one is an explicit regeneration
     * with a reason, so a generated notice is never replaced silently.
     */
    int nextRevision(boolean regenerate, String reason) {
        if (!isGenerated()) {
            return 1;
        }
        if (!regenerate) {
            throw DomainException.conflict("notice.already-generated", revision);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "notice.reason-required");
        }
        return revision + 1;
    }

    /** Every field the generated paper cannot do without, named. */
    List<InvalidInputException.Violation> missingForGeneration() {
        List<InvalidInputException.Violation> missing = new ArrayList<>();
        if (isBlank(number)) {
            missing.add(new InvalidInputException.Violation("number", "notice.number-required"));
        }
        if (isBlank(symbol)) {
            missing.add(new InvalidInputException.Violation("symbol", "notice.symbol-required"));
        }
        if (issuedOn == null) {
            missing.add(new InvalidInputException.Violation("issuedOn", "notice.issued-on-required"));
        }
        if (isBlank(signerName)) {
            missing.add(new InvalidInputException.Violation("signerName", "notice.signer-required"));
        }
        return missing;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
